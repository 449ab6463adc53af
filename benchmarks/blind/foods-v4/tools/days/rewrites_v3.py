RW = {
'v4d33': [("eggs, over easy - 2","2 fried eggs, runny"),("toast, brown (buttered)","buttered brown toast")],
}
