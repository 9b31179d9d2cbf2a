x = a \ b
