# Values of environment "dev", written by aslc build. Terraform reads this file when
# this folder is the root module; a module that calls this one passes its own values.

inventory_bucket_bucket_name = "inventory-dev"
job_definition_arn           = "arn:aws:batch:us-east-1:123456789012:job-definition/nightly-report:3"
job_queue_arn                = "arn:aws:batch:us-east-1:123456789012:job-queue/reports"
notify_function_name         = "notify-dev"
partition                    = "aws"
queue_name                   = "reports"
reports_bucket_bucket_name   = "reports-dev"
stage                        = "dev"
