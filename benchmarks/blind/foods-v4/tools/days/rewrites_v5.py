RW = {'v4d33': [("2 fried eggs, runny","2 runny fried eggs")]}
