# Values of environment "dev", written by aslc build. Terraform reads this file when
# this folder is the root module; a module that calls this one passes its own values.

aibs_informatics_image_uri  = "123456789012.dkr.ecr.us-west-2.amazonaws.com/aibs-informatics-aws-lambda:dev"
data_sync_job_queue_arn     = "arn:aws:batch:us-west-2:123456789012:job-queue/dev-marmotdev-data-sync-queue"
efs_file_system_id          = "fs-0123456789abcdef0"
efs_root_access_point_id    = "fsap-0000000000000000a"
efs_scratch_access_point_id = "fsap-0000000000000000c"
efs_shared_access_point_id  = "fsap-0000000000000000b"
scaffolding_bucket_name     = "dev-marmotdev-scaffolding-123456789012-us-west-2"
scaffolding_job_queue_arn   = "arn:aws:batch:us-west-2:123456789012:job-queue/dev-marmotdev-demand-queue"
state_machine_log_group_arn = "arn:aws:logs:us-west-2:123456789012:log-group:/aws/vendedlogs/states/dev-marmotdev:*"
