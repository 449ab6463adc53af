TC = '92302000@q+11112110*30'   # CA tea with milk
WC = '92101000@q+11112110*30'   # CA coffee with milk (default in CA)
MC = 1.0566                      # CA metric cup 250 ml / US cup 236.6 ml
CA = [
{'id': 'p3d34', 'locale': 'en-CA', 'text': '''
7:15 timmies drive thru on the 401: [a medium double-double, as per usual|92101000#14+12110100#2+91101010*8.4;Tim Hortons medium 14 fl oz; double-double = 2 fl oz light cream + 2 tsp sugar (foods-v3)] and [an everything bagel toasted w herb and garlic cream cheese|51180010@q+14301010@q]
lunch at 12:30 was [a clubhouse from the place downstairs|27540127@1 regular;clubhouse -> club sandwich] with [a side of fries|71401031@1 small fast food order]
3pm someone brought in [timbits, I had 4|53520100@1 miniature*4;Timbit = doughnut miniature 15 g (prose-v2)]
supper, [kraft dinner with a cut up hot dog in it, about a cup and a half|58145112@1 cup*1.5+25210210@1 regular;KD -> mac and cheese from packaged mix, 1.5 cups + 1 beef wiener]
[a tall can of molson canadian|93101000%473;CA tall can 473 ml]
<jamieson vitamin D 1000 IU|d=25> and <200 mg of magnesium bisglycinate|mg=200> at bedtime
'''},
{'id': 'p3d35', 'locale': 'en-CA', 'text': '''
Montreal weekend. 9am [a bol of café au lait|92101850@q;cafe au lait -> cafe con leche (equal coffee and milk), QNS 12 fl oz] with [a croissant and some jam|51166000@1 medium croissant+91402000@1 tablespoon]
lunch at 1 at schwartz's: [a medium smoked meat on rye|27510910@1 regular+27510910@1 regular*0.5;smoked meat -> pastrami (corned beef/pastrami sandwich); Schwartz's medium is piled high: 1.5 x regular], [a whole dill pickle on the side|75503010@1 regular] and [a black cherry soda|92410510@1 can (12 fl oz);cherry soda -> fruit flavoured soft drink]
around 4, [a sesame bagel from st-viateur, eaten warm out of the bag|51180010@1 regular]
dinner [a regular poutine at la banquise|71401031@1 large fast food order+14107010@1 cheese curd*15+28500040@1 cup*0.5;poutine = large fries + 15 curds + 1/2 cup beef gravy (foods-v3)]
[2 bottles of boreale|93101000%682;CA bottle 341 ml x2]
''', 'note': 'No supplements.'},
{'id': 'p3d36', 'locale': 'en-CA', 'text': f'''
on the farm, up at 5. [3 eggs scrambled in bacon fat|32129990@1 egg*3], [4 strips of side bacon, crispy|22601000@1 medium slice*4] and [2 slices of brown toast, buttered thick|51301020@1 medium or regular slice*2+81101000@Guideline amount per slice of bread/roll*2;brown -> wheat toast]
[coffee with milk in the truck|{WC}]
10am [more coffee, same|{WC}] and [a date square my mom made|53220030@1 Fig bar (2 square halves);date square -> fig/date bar]
dinner at noon (thats lunch for you city folk): [roast beef, two thick slices|21401000@1 thick slice*2], [mashed potatoes with gravy|71501010@q+28500040@q] and [boiled carrots from the garden|73102211@q]
supper at 6:30 [half a dozen perogies with sour cream and fried onions|58121610@1 item, any size*6+12310100@1 tablespoon*2+75221021@q*0.5] and [a farmer sausage|25221310@1 bun-size or griller link;farmer sausage -> Polish sausage]
[a tall glass of cold 2% milk, a big one|11112110@1 cup*1.5;big glass = 1.5 cups]
<300mg mag citrate|mg=300> and <vitamin b12 1000 mcg|b12=1000>
''', 'note': 'Coffee drunk twice.'},
{'id': 'p3d37', 'locale': 'en-CA', 'text': '''
8am [a matcha latte with oat milk|92306800@1 small;no matcha code: hot tea with milk, 12 fl oz (approximation)]
lunch [pho tai, large|28310330@1 cup*3;large pho ~ 3 cups] from the spot on kingsway
3pm [an apple and a cheese string|63101000@q+14107030@1 stick;cheese string -> part-skim mozzarella stick]
dinner at 7, [8 pieces of salmon maki|58151100@1 piece*8], [a miso soup|41601070@1 cup] and [edamame|41420020@q]
[a glass of pinot gris from the okanagan|93401020@1 glass]
<two 120mg caps of glycinate magnesium|mg=240;two capsules>, <d3 2000 iu liquid gel|d=50> and <a centrum|;no amounts stated: unknown, not zero>. picked up a bottle of magnesium citrate at shoppers too, starting it tomorrow
''', 'note': 'The magnesium citrate bought but not yet taken is not intake.'},
{'id': 'p3d38', 'locale': 'en-CA', 'text': f'''
Breakfast at 7: [toast with molasses, 2 slices|51101010@1 medium or regular slice*2+91303000@1 tablespoon*2;1 tbsp molasses per slice] and [a cup of red rose tea, milk|{TC}].
Lunch down at the wharf, [a lobster roll from the shack|26311110@q+51154010@1 hot dog bun+83107000@1 tablespoon;lobster roll = lobster QNS 85 g + hot dog bun + 1 tbsp mayo] and [a small bag of ketchup chips from the cooler|71200140@1 small single serving bag;ketchup chips -> other flavoured potato chips].
Snack around 3: [a little bag of dulse, theyre 28g|75232000*28;dulse -> dried seaweed, stated bag weight].
Supper: [2 homemade fish cakes|27250050@1 cake or patty*2], [baked beans from the crock|41201020@q] and [a slice of molasses brown bread|52401000@1 slice;Maritime brown bread -> Boston brown bread].
[A cup of tea with supper|{TC}] too.
<calcium 500mg that has vitamin D 400IU in it|ca=500,d=10> and <vitamin d drops, 1000 IU a drop|d=25>.
''', 'note': 'Tea drunk twice.'},
{'id': 'p3d39', 'locale': 'en-CA', 'text': '''
hockey tournament all day, no time for breakfast
7:30am at the rink [a large steeped tea, two milk, no sugar|92302000#20+11112110#2;Tim Hortons large 20 fl oz; 1 milk = 1 fl oz (foods-v2)]
the kids had gatorade and freezies, i had nothing till noon
12:15 arena canteen: [a hot dog with mustard|27564060@1 sandwich+75506010@1 packet] and [a small bag of popcorn|54403001@1 small single serving bag]
3pm [an iced capp, medium size|92102450@1 medium;Iced Capp -> pre-lightened and pre-sweetened iced coffee (foods-v3); FNDDS medium]
supper at swiss chalet at 6:30, [quarter chicken dinner, white meat|24122170@1 breast+71401031@1 medium fast food order+51150000@1 medium/regular/sandwich size roll;quarter white = 1 rotisserie breast with skin + fries + roll] with [chalet sauce for dipping|28500000@1 cup*0.25;Chalet sauce -> poultry gravy, 1/4 cup] and [a diet pepsi from the machine|92410320@1 can (12 fl oz)]
''', 'note': 'Breakfast skipped. The kids\' gatorade and freezies are not the writer\'s intake. No supplements.'},
{'id': 'p3d40', 'locale': 'en-CA', 'text': '''
Breakfast 7am: [oatmeal with maple syrup and blueberries|56203056@q+91300100@1 tablespoon+63203010@1 cup*0.25;oatmeal made with water QNS, 1 tbsp maple syrup (pancake syrup code covers maple), 1/4 cup blueberries].
[A medium latte from second cup|92101900@1 medium] on the way into the office.
Lunch 12:30 [lentil soup and a whole wheat bun|41603010@1 cup+51320500@1 medium/regular/sandwich size roll] at the cafeteria.
3pm [a coffee crisp from the vending machine|91705080*50;Coffee Crisp (wafer bar) -> chocolate candy, cookie filled, label 50 g].
Supper at 7 was [veggie pad thai, takeout|58137220@q;meatless pad thai QNS] and [a tall can of sleeman clear|93102000%473;Sleeman Clear -> light beer; tall can 473 ml].
Took <a 1000mcg b12 under the tongue|b12=1000>, <iron bisglycinate 18 mg|fe=18> and <vitamin d 2500 iu with lunch|d=62.5>.
'''},
{'id': 'p3d41', 'locale': 'en-CA', 'text': '''
stampede breakfast at 8, [3 pancakes off the griddle with syrup|55101000@1 medium pancake*3+91300100@q] and [2 breakfast sausages|25221405@1 breakfast size link*2] and [a styrofoam coffee, black|92101000@q]
walked the grounds, had [a bag of mini donuts|53520130@1 miniature*12;mini donuts bag ~ 12 cinnamon-sugar miniatures 15 g each] around 11
lunch, [a pulled pork bun|27520510@1 regular sandwich] and [a fresh squeezed lemonade|92510955@q]
4pm [a caesar in the beer gardens|93301030@1 drink;Caesar cocktail -> Bloody Mary (foods-v1)]
supper [ginger beef with rice from the chinese place|27115000@q+56205001@1 cup, cooked;ginger beef -> beef with soy-based sauce + 1 cup rice]
<magnesium 250mg before bed|mg=250> and <2 electrolyte tabs (each says sodium 360mg, potassium 100mg)|na=720,k=200;stated amounts x2> during the day, was so hot
'''},
{'id': 'p3d42', 'locale': 'en-CA', 'text': f'''
-31 with the windchill in winnipeg today
7am [a bowl of red river cereal with brown sugar and milk|56200300@1 cup, cooked+91102010@1 teaspoon, NFS*2+11112110@Guideline amount per cup of hot cereal;Red River -> cooked cereal NFS; 2 tsp brown sugar; milk at the FNDDS hot-cereal guideline]
[coffee w milk from the thermos|{WC}]
lunch [split pea soup with ham, a big bowl|41602030@1 cup*1.5;big bowl = 1.5 cups] and [a few soda crackers crumbled in|54325000@1 cracker*5;a few = 5 saltines]
3pm [a nanaimo bar from the bakery|53205260@1 medium;Nanaimo bar -> cookie bar with chocolate (no code), medium 50 g]
supper [pate chinois, a good scoop|27311510@1 cup;pate chinois -> shepherd's pie (foods-v3)] with [ketchup on top|74401010@1 tablespoon]
[a big mug of hot choc, made on milk|11512010@1 cup*1.5;mug ~ 12 fl oz] at 8
<one 2000IU d3|d=50> + <magnesium 250 mg tablet|mg=250>
'''},
{'id': 'p3d43', 'locale': 'en-CA', 'text': '''
no breakfast, class at 8:30
11am [a pack of mr noodles, the chicken ones|58407030@1 oz, dry, yields*3;Mr. Noodles 85 g dry = 3 oz dry]
2pm [a slice of hawaiian pizza, reheated|58106625@1 piece, large pizza;Hawaiian (ham and pineapple) -> pizza with meat other than pepperoni, medium crust] and [a can of canada dry ginger ale|92410610%355;CA pop can 355 ml]
supper was [another slice of the hawaiian, cold this time|58106625@1 piece, large pizza] and [a banana i found in my bag|63107010@q]
went out at 10, [2 pints of keiths|93101000%1136;CA pub pint 568 ml (as prose-v2: 576.2 g each)]
[a large donair at 1am|27516010@1 sandwich, any size*1.5;donair -> gyro sandwich; large = 1.5 x]
''', 'note': 'Breakfast skipped. Pizza eaten twice. No supplements.'},
{'id': 'p3d44', 'locale': 'en-CA', 'text': f'''
Breakfast 7:30: [all-bran buds with 1% milk|57207000@1 cup*0.5+11112210@1 cup*0.5;1/2 cup All-Bran Buds + 1/2 cup milk] and [4 prunes|62122100@1 prune*4], [tea with milk, orange pekoe|{TC}]
Lunch at noon [tuna on light rye, one sandwich|27550735@1 regular;rye not coded: tuna salad sandwich on wheat (multigrain incl.)] and [a cup of tomato soup made with water|74602010@1 cup]
2:30 [one small butter tart|53385000@1 individual pie*0.4;butter tart -> pecan pie (foods-v1); small tart ~ 60 g = 0.4 x individual pie] with [my second tea of the day|{TC}]
Supper 5:30, [a baked chicken thigh, skin off|24152231@1 medium thigh], [a scoop of white rice|56205001@q] and [broccoli florets|72201211@q]
[a glass of 1% milk at bedtime|11112210@1 cup]
<calcium 600 mg + D 400 IU, twice a day|ca=1200,d=20;stated dose x2 (twice a day)>, <my 1000 mcg b12|b12=1000> and <one magnesium citrate 150mg capsule|mg=150>
''', 'note': 'Tea drunk twice.'},
]
