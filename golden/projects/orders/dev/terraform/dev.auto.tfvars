# Values of environment "dev", written by aslc build. Terraform reads this file when
# this folder is the root module; a module that calls this one passes its own values.

audit_function_arn         = "arn:aws:lambda:eu-west-1:111111111111:function:audit-dev"
audit_table_name           = "audit-dev"
charge_function_arn        = "arn:aws:lambda:eu-west-1:111111111111:function:charge-dev"
flows_log_group_arn        = "arn:aws:logs:eu-west-1:111111111111:log-group:/aws/vendedlogs/states/flows-dev:*"
notify_function_arn        = "arn:aws:lambda:eu-west-1:111111111111:function:notify-dev"
orders_table_arn           = "arn:aws:dynamodb:eu-west-1:111111111111:table/orders-dev"
permissions_boundary_arn   = "arn:aws:iam::111111111111:policy/flows-boundary"
process_function_arn       = "arn:aws:lambda:eu-west-1:111111111111:function:process-dev"
report_job_queue_arn       = "arn:aws:batch:eu-west-1:111111111111:job-queue/reports-dev"
shipping_state_machine_arn = "arn:aws:states:eu-west-1:111111111111:stateMachine:shipping-dev"
stage                      = "dev"
