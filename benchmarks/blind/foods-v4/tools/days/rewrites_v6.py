RW = {'v4d24': [("2 glasses of tap water","tap water x2 glasses")]}
