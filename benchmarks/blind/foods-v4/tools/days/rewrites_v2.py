RW = {
'v4d08': [("hashbrowns, scattered","hashbrowns (scattered)")],
'v4d16': [("fries, medium","fries - medium")],
'v4d30': [("veggie spring rolls, 2","2 veggie spring rolls")],
'v4d35': [("rice, white","steamed white rice")],
}
