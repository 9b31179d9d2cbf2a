lambda x: 
