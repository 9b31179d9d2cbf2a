break 1
