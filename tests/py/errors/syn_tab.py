# TabError: a block mixing tabs and spaces inconsistently
if True:
        a = 1
	b = 2
