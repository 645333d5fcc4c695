# Values of environment "prod", written by aslc build. Terraform reads this file when
# this folder is the root module; a module that calls this one passes its own values.

audit_function_arn         = "arn:aws:lambda:eu-central-1:222222222222:function:audit-prod"
audit_table_name           = "audit-prod"
charge_function_arn        = "arn:aws:lambda:eu-central-1:222222222222:function:charge-prod"
flows_log_group_arn        = "arn:aws:logs:eu-central-1:222222222222:log-group:/aws/vendedlogs/states/flows-prod:*"
notify_function_arn        = "arn:aws:lambda:eu-central-1:222222222222:function:notify-prod"
orders_table_arn           = "arn:aws:dynamodb:eu-central-1:222222222222:table/orders-prod"
permissions_boundary_arn   = "arn:aws:iam::222222222222:policy/flows-boundary"
process_function_arn       = "arn:aws:lambda:eu-central-1:222222222222:function:process-prod"
report_job_queue_arn       = "arn:aws:batch:eu-central-1:222222222222:job-queue/reports-prod"
shipping_state_machine_arn = "arn:aws:states:eu-central-1:222222222222:stateMachine:shipping-prod"
stage                      = "prod"
