RW = {'v4d07': [("two plain cheese slices","2 plain slices from the pizzeria")]}
