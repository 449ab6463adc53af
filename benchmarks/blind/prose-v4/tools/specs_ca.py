T = '92302000@q+11112110*30'   # CA tea with milk: QNS tea 360 g + 30 g 2% milk
CA = [
{'id': 'p4d34', 'locale': 'en-CA', 'text': f'''
mtl. 8h [2 sesame bagels from st-viateur w cream cheese|51180010@1 small*2+14301010@q;Montreal bagels are smaller and denser: coded 2 small bagels (69 g) + QNS cream cheese 30 g] and [a cappuccino at the cafe on fairmount|92161000@1 cup (8 fl oz)]
lunch: [a bowl of habitant pea soup w ham|41602030@1 cup*1.5;bowl = 1.5 cups; split pea soup with meat] and [a wedge of my belle-mere's tourtiere|27317010*150;tourtiere (pork meat pie) -> beef pot pie at ~150 g (1/8 of a 9 inch pie; coder estimate)] w [ketchup maison|74401010@1 tablespoon*2;fruit ketchup coded ketchup, 2 tbsp]
[a tire d'erable stick on snow|91300100@1 tablespoon;maple taffy = boiled maple syrup, 1 tbsp (pancake syrup code includes maple)]
souper 18h30 at st-hubert: [1/4 poulet, cuisse|24132240@1 leg;St-Hubert quarter leg -> rotisserie leg, skin eaten], [their fries|71401031@1 medium fast food order], [a little cup of coleslaw|75141000@1 single serving container] and [the brown sauce for dipping|28500000@1 cup*0.25;St-Hubert BBQ sauce -> chicken gravy 1/4 cup (as prose-v3 coded Chalet sauce)]
[une boreale rousse|93101000%341;CA bottle 341 ml]
<2 caps of bisglycinate (200 mg Mg total)|mg=200;stated total> and <une capsule D3 1000 UI|d=25>
''', 'note': 'Tourtiere approximated by beef pot pie.'},
{'id': 'p4d35', 'locale': 'en-CA', 'text': f'''
union stn 7:20, [sausage and egg mcmuff|34001310@1 regular] + [medium mccafe iced coffee (comes w cream+sugar)|92102450@1 medium;McDonald's iced coffee -> pre-lightened and pre-sweetened iced coffee, medium]
lunch on bay st: [a pepperoni slice from pizza pizza|58106540@1 piece, large pizza] and [a can of brio chinotto|92410510%355;Brio chinotto -> fruit-flavoured caffeine-free soft drink, CA can 355 ml]
[coffee crisp bar around 3|91705080@1 pouch/regular size;Coffee Crisp -> chocolate candy, cookie filled (wafer), regular bar]
dinner: [butter chicken from the place on the danforth, a cup-ish|27146150@1 cup;butter chicken -> Chicken curry] w [basmati|56205002@1 cup, cooked] and [garlic naan, the whole thing|51108100@1 Naan (10" dia)]
[a molson canadian tallboy|93101000%473;CA tall can 473 ml]
''', 'note': 'Butter chicken coded Chicken curry. No supplements.'},
{'id': 'p4d36', 'locale': 'en-CA', 'text': f'''
calving season on the ranch. 5am [peameal, 3 slices|22501010@1 slice*3;peameal = back bacon -> Canadian bacon, 23 g a slice] and [a pair of over-easy eggs|31105005@1 egg*2] + [perc coffee w 2 of those little creamers|92101000@1 cup (8 fl oz)+12210200@1 individual container*2]
noon in town, [a plate of calgary ginger beef over rice|27115000@1 cup+56205002@1 cup, cooked;Calgary ginger beef (battered, sweet) -> beef with soy-based sauce (approximation) + 1 cup rice]
[a green onion cake from the market|51300185@1 paratha;no green onion cake code: paratha (pan-fried flatbread), approximation]
[a small saskatoon berry tart|53304000@1 mini/small slice;saskatoon pie -> blueberry pie, small slice]
supper: [an 8 oz striploin|21102180@1 oz yields*8;8 oz raw; FNDDS 1 oz raw yields 20 g cooked], [foil potato, sour cream dolloped on|71507010@1 medium] and [asparagus, about 5 spears|75202020@1 spear*5]
[one rye & ginger ale|93301184@1 drink;rye and ginger -> whiskey and ginger ale]
<canprev mag bisglycinate 200 (says 200 mg elemental)|mg=200> and <potassium gluconate 595 mg = 99 mg potassium per the label|k=99>
''', 'note': 'Steak from the stated 8 oz (raw) via the FNDDS raw-to-cooked yield.'},
{'id': 'p4d37', 'locale': 'en-CA', 'text': f'''
richmond. 9am dim sum-ish brekkie: [a bowl of congee w century egg|58157330@1 cup*1.5;bowl = 1.5 cups] + [a you tiao|51140100@1 slice or roll*2;you tiao (Chinese fried dough stick) -> fried dough, ~2 x 26 g] and [a hot soy milk|11320000@1 cup]
lunch: [california roll (8 pieces)|58151180@1 piece*8] + [miso soup on the side|41601070@q]
[a japadog, the terimayo|27564000@1 sandwich+83107000@1 tablespoon;JapaDog terimayo -> hot dog on white bun + 1 tbsp mayo (teriyaki sauce not coded)]
someone gave me a durian candy, chewed it once and spat it out
dinner: [spot prawns, 12|26319130@1 prawn*12], [steamed rice, a bowl|56205008@1 cup, cooked] and [gai lan w oyster sauce|72203070@1 cup]
[a 6oz pour of okanagan pinot gris|93401020#6]
''', 'note': 'The durian candy was spat out: not intake. No supplements.'},
{'id': 'p4d38', 'locale': 'en-CA', 'text': f'''
st. john's. 7:30 [red rose tea, milk and one sugar|{T}+91101010@1 teaspoon] and [one touton drizzled in molasses|51140100@1 piece (7" dia)*0.5+91303000@1 tablespoon;toutin (fried bread dough) -> fried dough, half a 7-inch piece + 1 tbsp molasses]
lunch: [2 of nans fish cakes|27250050@1 cake or patty*2] with [a spoon of mustard pickles|75503010@1 slice*3;mustard pickles -> dill pickle slices (approximation), 3 slices]
[2 molasses cookies|53230000@1 medium*2]
sunday jiggs dinner at nans 5pm: [3 pieces of salt beef|21416000@1 piece/slice, any size*3;NL salt beef -> corned beef], [boiled cabbage|75211020@q], [two spuds, boiled|71102980@1 medium*2], [turnip|75234021@q], [some carrot pieces from the pot|73102211@q] and [pease pudding, a scoop|41303010@1 cup*0.5;pease pudding -> split peas from dried, fat added, 1/2 cup]
[pepsi, 1 can|92410310%355;CA can 355 ml]
[a shot of screech|93504000@1 shot]
<D drops, 2 drops of the 400 IU|d=20;2 x 400 IU>
''', 'note': 'Jiggs dinner components coded separately.'},
{'id': 'p4d39', 'locale': 'en-CA', 'text': f'''
wpg. 8am [kubasa n eggs|25221310@1 bun-size or griller link+31105005@1 egg*2;kubasa (Ukrainian garlic sausage) -> Polish sausage/kielbasa, one griller link + 2 fried eggs] and [coffee, double cream|92101000@q+12110100@1 fl oz*2;double cream = 2 creams (2 fl oz light cream)]
lunch at the ukrainian hall: [holubtsi x3 (cabbage rolls)|27315250@1 cabbage roll*3], [a cup of borscht|75601100@1 cup] with [a dollop of sour cream|12310100@1 tablespoon]
[one jos-louis cake|53108200@1 regular cupcake;Jos Louis -> chocolate snack cake, 45 g cupcake portion]
4pm [a medium slurpee, coke flavour|92513000@1 medium]
supper: [bison burger, homemade, no bun|23326100@1 patty] + [a cup of wild rice pilaf|58162310@1 cup;no wild rice code: rice pilaf (approximation)] and [steamed green beans|75205030@q]
<a centrum forte|;no amounts stated: unknown, not zero>, <magnesium 300 mg (oxide, the tablet says 300mg)|mg=300;as written; if 300 mg is the oxide salt, elemental Mg would be ~180 mg - ambiguous>. dropped my vitamin d down the sink drain, didnt take another
''', 'note': 'The vitamin D that went down the drain was not taken: not listed.'},
{'id': 'p4d40', 'locale': 'en-CA', 'text': f'''
halifax, nights on 4 west. woke at 2pm, skipped "breakfast"
3pm [shreddies, 1 bowl, 1 percent|57417000@1 cup+11112210@1 cup*0.5;Shreddies -> plain shredded wheat; 1/2 cup 1% milk]
[a large tea w 2 milk, 2 sugar|92302000@1 large+11112110@1 fl oz*2+91101010@1 teaspoon*2;large 20 fl oz; two milk = 2 fl oz milk (prose-v3)]
6:30pm before shift: [a donair pizza slice|58106540@1 piece, large pizza;no donair pizza code: meat pizza slice (pepperoni code, restaurant), large-pie slice]
midnight break: [a cup of instant noodles|58407030@1 individual container] + [one of their glazed crullers|53521110@1 doughnut;honey cruller -> yeast doughnut, honey dip]
4am [an apple from the fridge|63101000@1 medium] and passed on my coworkers birthday cake, just had [a cheese string|14107030@1 stick;cheese string -> mozzarella string cheese stick]
[canada dry, one can|92410610%355]
<magnesium, 2 x 100 mg (says elemental)|mg=200> and <B12 5000 mcg (the strong one)|b12=5000>
''', 'note': 'Breakfast skipped. The birthday cake was passed on (not eaten).'},
{'id': 'p4d41', 'locale': 'en-CA', 'text': f'''
ottawa, winterlude. 8am [a bowl of quick oats w brown sugar and a splash of 2%|56203056@1 cup, cooked+91102010@1 teaspoon, NFS*2+11112110*30;quick oats in water 1 cup + 2 tsp brown sugar + splash of milk 30 g]
[espresso, double shot|92101610@1 espresso cup (2 fl oz)*2]
made the kids KD for lunch, I only had [a few forkfuls of the KD, maybe half a cup|58145112@1 cup*0.5;KD -> mac and cheese from packaged mix, 1/2 cup]
on the canal 2pm: [a beavertail, killaloe sunrise|51140100@1 piece (8" dia)+91101010@1 teaspoon*3;BeaverTail -> fried dough 8-inch piece + cinnamon sugar ~3 tsp (lemon not coded)] and [hot choc (medium)|11512005@1 cup*1.25;CA medium ~ 10 fl oz]
supper: [a harveys original burger|27510601@1 hamburger;Harvey's Original -> fast-food hamburger, medium patty] w [onion ring side (harveys size)|75415022@1 fast food order] and [a diet coke in the silver can|92410320%355]
<calcium 500 mg + D 1000 IU (kirkland)|ca=500,d=25;stated amounts>
''', 'note': 'The KD made for the children is counted only for the half cup the person ate.'},
{'id': 'p4d42', 'locale': 'en-CA', 'text': f'''
sugar shack w the family. brunch at 11: [pea soup|41602030@1 cup], [2 slices of maple ham|22311000@1 regular/thin slice*2;maple-glazed ham -> Ham (sliced)], [baked beans w maple|41201010@1 cup*0.5], [an omelette soufflé|32129990@q;oven omelette -> egg omelet NS as to fat, QNS], [oreilles de crisse, a handful|22621100@1 slice (2-1/4" x 1-3/4" x 1/4");oreilles de crisse = fried salt pork -> Fat back, cooked (salt pork), one small slice (26 g)] and [a pancake drowned in syrup|55101000@1 large pancake+91300100@1 tablespoon*3]
[a slice of tarte au sucre|53300100@1 mini/small slice;sugar pie -> Pie NFS (no sugar-pie code), small slice]
[2 mugs of drip w cream|92101000@1 cup (8 fl oz)*2+12110100@1 fl oz*1;2 x 8 fl oz coffee + 1 fl oz light cream in total]
[maple taffy on snow, 2 sticks|91300100@1 tablespoon*2]
supper: nothing, still full. [2% milk before bed, a glass|11112110@1 cup]
''', 'note': 'Supper skipped. No supplements.'},
{'id': 'p4d43', 'locale': 'en-CA', 'text': f'''
saskatoon, type 2 diabetic so trying. 7am [whole wheat toast x2, pb on both|51300110@1 medium or regular slice*2+42202000@Guideline amount per slice of bread/roll*2;untoasted whole wheat weights; PB 16 g a slice] and [coffee, nothing in it|92101000@1 cup (8 fl oz)]
10am [a small handful of almonds, like 12|42100100@1 nut*12]
lunch: [a mary browns 2 piece, white meat|24127220@1 breast;Mary Brown's 2 white pieces (breast + wing) -> one fast-food fried coated breast (coder: breast + wing ~ one FNDDS fast-food breast)] and [a side of taters|71104060@1 small;Mary Brown's Taters (battered potato wedges) -> roasted potato with fat, 1 small (approximation)] + [500 ml water bottle|94100100@1 bottle (16.9 fl oz or 500 ml)]
3pm [plain 0% greek yogurt (one cup)|11411420@1 5.3 oz container] with [a few blueberries|63203010@1 berry*20;a few ~ 20 berries]
supper: [baked chicken thighs, 2, no skin|24152231@1 medium thigh*2], [a cup of roasted cauliflower|75214021@1 cup;roasted with oil -> fresh cauliflower cooked, fat added] and [half cup of brown rice|56205018@1 cup*0.5]
[a diet ginger ale|92410620%355]
<mag glycinate 120 mg (one cap)|mg=120>, <B12 1000 mcg (on metformin)|b12=1000> and <one D 1000 IU|d=25>
''', 'note': 'Metformin mention is context only.'},
{'id': 'p4d44', 'locale': 'en-CA', 'text': f'''
whitehorse, -30 out. 8am [2 slices of bannock w butter and jam|51140100@1 slice or roll*2+81101000@1 pat*2+91402000@1 tablespoon;bannock -> fried bread dough, 2 slices + 2 pats butter + 1 tbsp jam]
[a thermos of tea, milk no sugar|92302000@1 large+11112110@1 fl oz*1.5;thermos ~ 20 fl oz tea + 1.5 fl oz milk]
lunch: [moose stew, a big bowl|27136080@1 cup*1.5;moose stew -> venison/deer with gravy (game meat), 1.5 cups] and [one tea biscuit|52101000@1 biscuit;Canadian tea biscuit -> baking powder biscuit]
[caramilk, regular bar|91705450@1 pouch/regular size;Caramilk -> chocolate candy, caramel filled, regular bar]
supper: [arctic char fillet, pan fried|26151140@1 small/regular fillet;no char code: arctic char (trout/salmon family) -> fried trout, regular fillet], [a cup of mashed spuds|71501010@1 cup] and [frozen peas n carrots|73111212@q;frozen peas and carrots]
[a yukon gold lager|93101000%355]
<the 2500 iu vit D, one|d=62.5;2500 IU = 62.5 ug> and <magnesium citrate powder, 1 tsp (label: 1 tsp = 200 mg magnesium)|mg=200>
''', 'note': 'Arctic char coded as trout; moose as venison.'},
]
