US = [
{'id': 'p3d01', 'locale': 'en-US', 'text': '''
up at 6:40, kids up at 7 so breakfast was quick: [two eggs scrambled in the little pan|32129990@1 egg*2] and [half a toasted english muffin, no butter|51186010@1 muffin*0.5]
made the little one a pb&j for school, didnt eat any of it myself
[a travel mug of coffee w half and half|92101000@1 medium+12120100*40;travel mug = FNDDS medium coffee (16 fl oz); half and half at the FNDDS guideline 2.5 g per fl oz x 16]
lunch at my desk ~12:15, [leftover chicken fried rice, maybe a cup and a half|58150320@1 cup*1.5] and [a can of lacroix|92410250@1 can (12 fl oz);LaCroix = flavored seltzer]
around 3 [a second coffee same as the first one|92101000@1 medium+12120100*40]. also [a peach thats been sitting on my desk|63135010@1 fruit]
dinner 6:30: [turkey burger on a wheat bun|27545110@1 sandwich], [sweet potato fries from the air fryer|73410320@q;air-fried bagged fries coded frozen] and [a bagged side salad w 2 spoons of ranch|75143000@q+83113500@1 tablespoon*2;ranch 2 tbsp]
took <one 200mg magnesium glycinate capsule|mg=200> and <the 5000 iu d3 softgel|d=125> with dinner
''', 'note': 'The pb&j made for the child was not eaten: not an item. Coffee drunk twice (two items).'},
{'id': 'p3d02', 'locale': 'en-US', 'text': '''
Skipped breakfast, wasnt hungry. 10:30ish [an iced coffee, black, medium|92102400@1 medium] from the place downstairs.
Lunch 12:45 - [chicken burrito w rice and beans, the big one|58102540@1 large] + [a basket of chips n the red salsa|54401075@q+74402150@q].
[Diet dr pepper out of the fridge at work|92410370@1 can (12 fl oz)] with it.
Around 4 I ate [a small bag of cheez-its|54304005@1 small or medium single serving bag] at my desk.
Dinner was [2 slices off a frozen pepperoni pie|58106514@1 piece, NFS*2;frozen, crust not stated -> medium crust] and [a single bud light|93102000@1 can or bottle (12 fl oz)].
Then at like 10:30 [one more slice cold out of the fridge|58106514@1 piece, NFS].
''', 'note': 'Breakfast skipped (no item). Pizza eaten twice: 2 slices at dinner, 1 more later. No supplements.'},
{'id': 'p3d03', 'locale': 'en-US', 'text': '''
7am [raisin bran w 1% milk|57329000@1 cup+11112210@1 cup*0.5;milk on cereal 1/2 cup] and [a whole banana cut into coins over it|63107010@1 banana], [coffee, black as always|92101000@q]
lunch was a [BLT made on wheat bread|27520620@1 sandwich, any size] and [a mug sized cup of tomato soup from the can|74602010@1 cup]
3pm [an apple w 2 tbsp pb|63101000@1 medium+42202000@1 tablespoon*2]
dinner at 6, [sunday style pot roast|21407000@q] with [the carrots|73102211@q] and [potatoes from the crockpot|71103010@q] + [a dinner roll|51150000@1 medium/regular/sandwich size roll]
[a pour of cabernet|93401010@1 glass]
<calcium 600 mg w/ D 800 IU at night|ca=600,d=20> and <the b12 pill (1000mcg)|b12=1000>. rubbed some magnesium oil on my calves too
''', 'note': 'Magnesium oil on the skin is not intake: not listed. Pot roast, carrots and potatoes at FNDDS Quantity not specified.'},
{'id': 'p3d04', 'locale': 'en-US', 'text': '''
breakfast at 6:15 before work: [grits w butter|56201050@1 cup, cooked+81101000@1 pat], [2 eggs fried hard|31105005@q*2;fried eggs 55 g each], [3 sausage links|25221405@1 breakfast size link*3]
[sweet tea, big cup|92308000@1 large drink] from the gas station
lunch 11:30 at the bbq place: [pulled pork sandwich w extra sauce|27520510@1 regular sandwich], [slaw|75141000@q], [a few hush puppies|52209010@1 hush puppy*4;a few = 4]
refilled the [sweet tea again at lunch, another large|92308000@1 large drink]
dinner [fried catfish, 2 fillets|26107140@1 small/regular fillet*2], [collards|72107221@q] and [a piece of cornbread|52201000@1 piece]
<my one a day multivitamin|;no amounts stated: unknown, not zero>, <one 99 mg potassium (gluconate) tab|k=99;99 mg elemental K, as on US labels> and <mag citrate 150mg, 2 caps|mg=300;two capsules>
''', 'note': 'Sweet tea drunk twice (two items). Collards = fresh, cooked, fat added (Southern style).'},
{'id': 'p3d05', 'locale': 'en-US', 'text': '''
meal prep day lol.
6am [overnight oats, 1/2 cup oats w almond milk|56203076@1 cup, dry, yields*0.5;overnight oats = oatmeal made with non-dairy milk; 1/2 cup dry oats yields half the 1-cup-dry weight] and [a spoon of chia|43108010@q;FNDDS QNS 9 g ~ 1 tbsp]
9am [a quest bar|53729000*60;no FNDDS Quest code: Nutrition bar or meal replacement bar, NFS at the Quest label weight 60 g]
12 [grilled chicken breast i prepped sunday|24123301@q], [brown rice 1 cup|56205018@1 cup], [broccoli steamed in the microwave bag|72201211@q]
3:30 [a 0% fage cup, plain|11411420@1 5.3 oz container] with [5 strawberries on the side|63223020@1 fruit*5]
dinner 7: [salmon baked on a sheet pan|26137120@q], [half cup-ish of quinoa|56204005@1 cup, cooked*0.5;about half a cup], [6 spears roasted asparagus|75202020@1 spear*6]
<fish oil 2 caps|;no tracked nutrient> and <magnesium glycinate 400 mg before bed|mg=400>, plus <one LMNT packet in my water bottle|na=1000,k=200,mg=60;brand: LMNT published label per stick 1000 mg sodium, 200 mg potassium, 60 mg magnesium>
''', 'note': 'LMNT uses the maker\'s published label amounts (no amount in the text).'},
{'id': 'p3d06', 'locale': 'en-US', 'text': '''
starbucks at 7:50: [grande caramel macchiato|92101904@1 medium;Starbucks grande 16 fl oz; caramel macchiato is a latte with vanilla syrup and caramel: Coffee, Latte, flavored (the FNDDS sweetened macchiato portion is only an espresso cup)] and [one of their blueberry muffins|52302010@1 large;coffee-shop muffin = large]
lunch @ 1 subway, [6 inch turkey w cheese|27540060@1 regular or 6" submarine] and [baked lays|71200400@1 small single serving bag]
4pm [peanut butter crackers, the orange ones|54328100@1 individual package]
tried a sip of my coworkers kombucha and spit it out, gross
dinner was wendys drive thru at 8, [spicy chicken sammy|27540146@1 regular sandwich], [a small fry on the side|71401030@1 small fast food order], [small chocolate frosty|11542100@1 small;Frosty coded fast-food chocolate shake, small]
<vitamin D (2000 IU gelcap)|d=50> and <1 tab of magnesium oxide 250 mg|mg=250;as written; if 250 mg is the oxide salt the elemental Mg is ~150 mg - ambiguous>
''', 'note': 'The kombucha sip was spat out: not intake.'},
{'id': 'p3d07', 'locale': 'en-US', 'text': '''
day after thanksgiving so its all leftovers
breakfast 9am [cold leftover pumpkin pie, one slice|53347000@1 regular slice] and [coffee lightened w milk|92101000@q+11112110*30;milk in coffee 30 g (12 fl oz x 2.5 g)]
lunch 1pm turkey sandwich: [white bread 2 slices|51101000@1 medium or regular slice*2], [turkey, 3 slices|24201030@1 small or thin slice*3;sandwich slices = small/thin], [mayo|83107000@Guideline amount on regular sandwich]
[cold stuffing straight from the container|51182010@q]
dinner at 6 reheated [mashed potatoes with gravy|71501010@q+28500000@1 cup*0.25;gravy 1/4 cup], more [turkey|24201030@q], [green bean casserole|75403020@q] and [cranberry sauce|63207110@q]
[another slice of pie, smaller|53347000@1 mini/small slice] around 9
''', 'note': 'Pumpkin pie eaten twice. No supplements.'},
{'id': 'p3d08', 'locale': 'en-US', 'text': '''
Breakfast at 7:15: [steel cut oats cooked in unsweetened almond milk|56203076@q;oatmeal made with non-dairy milk, QNS 1 cup] and [a small handful of walnuts|42116000@1 oz*0.5]
Lunch around noon: [store bought hummus|41205070@q] with [a whole wheat pita pocket|51301600@1 medium pita] and [some sliced up cucumber|75111000@q], [a lentil soup from the can, half the can|41603000@1 can*0.5]
Snack at 3 was [one clementine from the bag|61100600@1 fruit] and [two squares of dark chocolate|91705300@1 piece*2]
Dinner 7pm: [extra firm tofu stir fry w veggies|41420010@q+75340020@1 cup;tofu and stir-fry vegetables coded separately] over [jasmine rice|56205001@1 cup]
[Chamomile tea before bed|92306700@1 cup]
Took <one calcium 500mg chewable|ca=500>, <mag citrate, two of the 150 mg ones|mg=300> and <one drop of the 1000 iu vitamin d|d=25>. Epsom salt foot soak too.
''', 'note': 'Epsom salt foot soak is not intake: not listed.'},
{'id': 'p3d09', 'locale': 'en-US', 'text': '''
night shift this week so this is weird.
woke up at 2pm, no lunch, just [a single cup of coffee, black, from the keurig|92101000@1 cup (8 fl oz)]
"dinner" at 5:30 before my shift: [spaghetti and meatballs, like a cup and a half|58146322@1 cup*1.5;spaghetti with meat sauce (incl. meatballs) home recipe, 1.5 cups] + [one slice garlic bread from the freezer|51121015@1 medium slice]
11pm break, vending machine [a regular snickers|91705520@1 pouch/regular size] and [a coke 20oz|92410310@1 bottle (20 fl oz)]
2:30am [cup noodles|58407030@1 individual container]
5am [a banana at the nurses station|63107010@1 banana]
got home 7:45 and had [honey nut cheerios, one bowl, 2% milk|57241000@1 cup+11112110@1 cup*0.5;bowl = 1 cup cereal + 1/2 cup 2% milk] before bed
took a <daily multi|;no amounts stated: unknown, not zero>
''', 'note': 'Lunch skipped (night shift). Spaghetti and meatballs coded home-recipe pasta with meat sauce, 1.5 cups.'},
{'id': 'p3d10', 'locale': 'en-US', 'text': '''
8am [everything bagel with 2 oz lox and a schmear|51180010@q+26137190*56.7+14301010@q;lox 2 oz = 56.7 g; schmear = cream cheese QNS 30 g]
[an 8oz cup of drip coffee|92101000@1 cup (8 fl oz)]
costco run at 1, got the [famous $1.50 hot dog|27564000@1 sandwich] and [a fountain coke|92410310@q] lol
3:30 [a handful of salty pretzel twists|54408016*28.35;handful = 1 oz (foods-v1 convention for nuts)]
dinner 7 - [sirloin steak|21102150@1 regular], [a foil baked potato, dollop of sour cream|71507010@1 medium], [green beans, steamed|75205021@q]
later [a bowl of chocolate ice cream|13110110@1 cup] on the couch, scooped one for my husband too
<2 slow-mag tablets|mg=143,ca=238;brand: Slow-Mag published label per tablet 71.5 mg magnesium (as chloride) + 119 mg calcium; x2> and <one b12 500mcg lozenge|b12=500>
''', 'note': 'Ice cream scooped for someone else is not intake. Slow-Mag uses the maker\'s published label (no amount in the text).'},
{'id': 'p3d11', 'locale': 'en-US', 'text': '''
hike day!! up at 5:30
grabbed a [breakfast burrito, egg bacon + cheese|34003130@q] at the gas station and [a large coffee doctored with creamer|92101000@1 large+12210200*50;creamer at the FNDDS guideline 2.5 g/fl oz x 20 fl oz]
on the trail: [a bag of trail mix|42501000@1 package], [some beef jerky|21602100@q], [a 20 oz cool blue gatorade|95320200@1 bottle (20 fl oz)] and <2 salt tabs (215mg sodium each)|na=430;stated amount x2>
at the summit around 11 [pb and j on wheat, squished|42302020@1 sandwich] + [an apple from the pack|63101000@q]
dinner 5pm at the diner by the trailhead: [a big diner cheeseburger|27510241@1 cheeseburger;diner burger = quarter pound patty on white bun] with [extra bacon, 2 strips|22601000@1 medium slice*2], [a side of diner fries|71401031@q] and [a vanilla milkshake|11542200@q;diner shake coded fast-food shake, other flavors, QNS]
[a cold beer|93101000@1 can or bottle (12 fl oz)] when i got home
and <vitamin D 50 mcg w dinner|d=50>
''', 'note': 'Salt tablets counted at the stated 215 mg sodium each.'},
]
