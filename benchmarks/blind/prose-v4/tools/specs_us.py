US = [
{'id': 'p4d01', 'locale': 'en-US', 'text': '''
up 6:15, [3 kodiak frozen pancakes nuked w a drizzle of maple-ish syrup|55100010@1 pancake*3+91300100@1 tablespoon;Kodiak frozen -> plain frozen pancakes (40 g each); drizzle = 1 tbsp pancake syrup]
[cold brew out of the fridge jug, splash of oat milk|92102400@q+11360200*30;cold brew = brewed iced coffee QNS 12 fl oz; splash = 30 g as for milk in coffee]
packed my sons lunch (turkey roll ups), didnt eat any of that
12:30 chick fil a drive thru: [8 count nuggets|24198731@1 nugget*8], [the medium fry (waffle cut)|71401030@1 medium fast food order;waffle fries coded fast-food fries, medium order] and [a lemonade, the regular not diet|92510955@q]
[2 of the string cheese sticks|14107030@1 stick*2] at the pickup line
dinner ~7: [trader joes gnocchi w jarred pesto, about a cup and a half|58122220@1 cup*1.5+81302070@1 tablespoon*2;pesto 2 tbsp] and [half a bag of the caesar salad kit|72116000@1 cup*3+51185000@1 fast food package+14108010@1 tablespoon+83102000@1 tablespoon*2;caesar kit (~10 oz bag), half = 3 cups romaine + 1 packet croutons (12 g) + 1 tbsp grated parmesan + 2 tbsp caesar dressing]
<magnesium malate, 2 caps (bottle says 100 mg elemental each)|mg=200;stated elemental amount x2> and <d3/k2 liquid, 2 drops (1000 IU a drop)|d=50;2 x 1000 IU = 2000 IU = 50 ug; K2 not tracked>
''', 'note': 'The turkey roll-ups packed for the son are not intake. Caesar kit built from its components.'},
{'id': 'p4d02', 'locale': 'en-US', 'text': '''
7am [a colada from the ventanita, i drank like half of it myself|92101800#2;Cuban coffee: a colada is ~4 fl oz meant for sharing, the person had half = 2 fl oz]
[tostada cubana, 2 pieces w butter|51105040@1 medium or regular slice*2+81101000@Guideline amount per slice of bread/roll*2;Cuban toast = toasted Cuban bread, 2 pieces at the medium-slice weight + butter 7 g a piece]
lunch at the bakery 1pm: [a medianoche|27520410@q;medianoche coded Cuban sandwich (same fillings on sweet egg bread)] + [small bag of plantain chips|71905410@1 oz;small bag = 1 oz] and [a jupiña, the pineapple soda|92410510@1 can (12 fl oz);Jupiña -> fruit-flavoured caffeine-free soft drink, 12 fl oz can]
cooked at 7: [pollo asado, 2 thighs|24152230@1 medium thigh*2;roast chicken thighs, skin eaten] over [white rice, a cup|56205002@1 cup, cooked;Cuban white rice is cooked with oil] with [black beans on the side|41101990@q] and [maduros, 4 slices|71900200@1 slice*4;maduros = ripe plantain fried in oil, 4 slices]
[a little piece of my tias flan|13210350@q*0.5;little piece = half the QNS serving]
rubbed magnesium cream on my feet before bed
''', 'note': 'Magnesium cream on the feet is not intake: not listed.'},
{'id': 'p4d03', 'locale': 'en-US', 'text': '''
drive thru on the way in 6:50, [an eggmuffin from mickey d's|34001330@1 regular;Egg McMuffin = egg sandwich on English muffin with Canadian bacon (ham code)] + [one of those hashbrown patties|71404010@1 patty] and [a med OJ|61210000#16;McDonald's medium orange juice 16 fl oz]
lunch chipotle 12:40, [chicken bowl w white rice, black beans, mild salsa n cheese|58102780@q] and [chips + guac on the side|54401075@1 medium single serving bag+63409010@1 individual container;side chips ~ medium bag, side guacamole = individual container]
[a GT's gingerade kombucha, the 16oz|92306920#16]
3:30ish [a handful of trail mix from the jar on joes desk|42501000*28.35;handful = 1 oz]
dinner 8pm lazy night: [6 potstickers from the costco bag, pan fried|58111110@1 item, any size*6] and [the rest of the beef lo mein from tuesday, a cup maybe|58136150@1 cup] + [a fortune cookie from the bag|53222010@1 cookie]
<one liquid IV stick in my water bottle|na=500,k=370;brand: Liquid I.V. Hydration Multiplier published label per stick 500 mg sodium, 370 mg potassium> and <methylcobalamin 1000 mcg, let it dissolve|b12=1000>
''', 'note': 'Liquid I.V. uses the maker\'s published label amounts (no amount in the text).'},
{'id': 'p4d04', 'locale': 'en-US', 'text': '''
6:45 [toasted cin-raisin bagel smeared w 2 tbsp pb|51180030@1 regular+42202000@1 tablespoon*2] and [the usual coffee, hazelnut creamer in it|92101000@q+12210210@Guideline amount per fl oz of beverage*12;QNS coffee 12 fl oz; flavoured liquid creamer 2.5 g per fl oz]
teachers lounge lunch: [tuna melt (white bread) from the grill station|27550730@q] and [a cup of tomato bisque|74601010@1 cup;bisque -> cream of tomato soup]
[an apple from my bag|63101000@1 medium]
basketball game at 5, [soft pretzel w the nacho cheese cup|54408400@1 medium/regular+14650100@1 dipping-size container] + [a dasani from the vending thing|94100100@1 bottle (16.9 fl oz or 500 ml)]
dinner at 7:30 [meatloaf, one thick slice|27214100@1 large slice], [a pile of mashed taters|71501010@q], [an ear of corn w butter|75216120@1 regular ear+81101000@1 pat;butter 1 pat] and [an a&w rootbeer, can|92410710@1 can (12 fl oz)]
<2 tums extra strength for heartburn|ca=600;brand: Tums Extra Strength 750 published label per tablet 750 mg calcium carbonate = 300 mg elemental calcium; x2>. the magnesium glycinate I ordered is still sitting in the amazon box, havent started it
''', 'note': 'Magnesium glycinate bought but not started: not intake. Tums uses the maker\'s published label (no amount in the text).'},
{'id': 'p4d05', 'locale': 'en-US', 'text': '''
sat morning at the waffle house. [2 biscuits smothered in sausage gravy|58128000@1 biscuit with gravy*2], [scattered hashbrowns|71404030@q;Waffle House hashbrowns -> restaurant hash brown QNS] and [like 3 refills of their coffee, no cream|92101000@1 cup (8 fl oz)*3;a few = 3 cups]
lunch: [pimento cheese sandwich on white bread|14410600*56.7+51101000@1 medium or regular slice*2;no pimento cheese code: processed cheese with vegetables 2 oz + 2 slices white bread (approximation)] and [a glass bottle mexican coke|92410310#12;Mexican Coke bottle 12 fl oz (355 ml)]
[a cup of boiled p-nuts, shelled as I went|42111030@1 cup]
dinner 6: [shrimp n grits, about 8 shrimp over a cup of grits|26319120@1 small/medium shrimp*8+56201050@1 cup, cooked;shrimp sauteed coded baked/broiled; grits 1 cup cooked], [fried okra|75414500@q] and [peach cobbler w a scoop of vanilla|53410800@q+13110100@1 scoop]
<one potassium citrate 99 mg|k=99> and <taurate magnesium (125 mg per cap)|mg=125>
''', 'note': 'Coffee refills counted as 3 cups.'},
{'id': 'p4d06', 'locale': 'en-US', 'text': '''
5:15am before the gym [a premier protein shake, chocolate|95120010#11;Premier Protein RTD 11 fl oz -> high-protein ready-to-drink shake NFS]
after lifting, [cottage cheese w pineapple chunks, half cup each|14200100@1 cup*0.5+63141010@1 cup*0.5]
lunch meal prep: [a bowl of turkey chili|27141500@1 cup;turkey chili with beans (code covers chicken or turkey), bowl = 1 cup] w [a square of jiffy cornbread|52201000@q;Jiffy = cornbread from mix, QNS piece] and [a sweet potato, baked, plain|73403010@1 medium]
4pm from the truck by the park: [elote, the mayo cotija chile one|75216120@1 regular ear+83107000@1 tablespoon+14134000@1 tablespoon*2;elote = corn on the cob + 1 tbsp mayonnaise + 2 tbsp crumbled cotija] + [a big horchata|92610020#24;large 24 fl oz]
dinner 7: [2 grilled chicken thighs no skin|24154011@1 medium thigh*2] with [quinoa, 1 cup cooked|56204005@1 cup, cooked] and [kale sauteed in olive oil|72119221@q]
<2 saltstick caps during my run|na=430,k=126,ca=44,mg=22;brand: SaltStick Caps published label per capsule 215 mg sodium, 63 mg potassium, 22 mg calcium, 11 mg magnesium; x2> and <magnesium l-threonate, 3 caps = 144 mg elemental per the label|mg=144;stated elemental total>
''', 'note': 'SaltStick uses the maker\'s published label amounts (no amount in the text).'},
{'id': 'p4d07', 'locale': 'en-US', 'text': '''
summer break w the kids. [one frosted strawberry pop tart|53530000@1 Pop Tart] and [a juice glass of chocolate milk|11511000@1 cup*0.75;juice glass = 6 fl oz]
made the kids grilled cheese for lunch, I didnt have any, just [a pickle spear|75503010@1 spear]
pool snack bar 2pm: [one corndog|27560300@1 regular], [a paper boat of tots|71505000@q] and [a blue raspberry slushie, small|92513000@1 small]
[a big wedge of watermelon|63149010@1 large wedge/slice]
dinner 6:30 [sloppy joes, one on a hamburger bun|27510100@q], [a scoop of macaroni salad|58148110@1 cup*0.5;scoop = 1/2 cup] and [some baked beans|41201010@q]
[a bomb pop on the porch|91611000@1 single stick;Bomb Pop -> popsicle single stick]
''', 'note': 'The grilled cheese made for the kids is not intake. No supplements.'},
{'id': 'p4d08', 'locale': 'en-US', 'text': '''
wfh. 8:30 [avo toast, one thick slice of sourdough w half an avocado and chili flakes|51107040@1 large or thick slice+63105010@1 fruit*0.5;no sourdough code: toasted French/Vienna bread, thick slice; avocado half = 75 g]
[12 oz oat latte from the cafe on my block|92101903#12]
lunch 1pm, [poke bowl: spicy ahi over sushi rice, a cup of rice|26153100@q+56205190@1 cup, cooked+83107000@1 tablespoon;spicy ahi = raw tuna QNS + 1 tbsp mayonnaise-based spicy mayo; 1 cup sticky rice] + [a side of salted edamame|41420020@q]
3:30 [taro milk tea w boba, 50% sweet|92306910@1 item, any size;sweetness level not coded]
dinner takeout: [chicken pad thai, ate maybe two thirds of the box|58137230@1 cup*2;a takeout box ~3 cups; two thirds = 2 cups] and [a single veggie spring roll|58110110@1 egg roll]
[one 16oz can of hazy ipa|93101000@1 can or bottle (16 fl oz);IPA coded regular beer]
<two mag-tab SR caplets|mg=168;brand: Mag-Tab SR published label per caplet 84 mg elemental magnesium (as lactate dihydrate); x2> and <my 5000iu d3 (I take it every other day, today was a yes)|d=125>
''', 'note': 'Mag-Tab SR uses the maker\'s published label amounts (no amount in the text).'},
{'id': 'p4d09', 'locale': 'en-US', 'text': '''
7:10 dunks: [medium iced regular|92102400@1 medium+12110100@1 fl oz*1.5+91101010*12.6;Dunkin medium iced 24 fl oz includes ice: coded 16 fl oz brewed iced coffee; "regular" = 3 cream (1.5 fl oz light cream) and 3 sugars (3 x 4.2 g)] + [a boston kreme|53521230@1 doughnut]
lunch by the wharf [a cup of chowdah|28355110@1 cup] w [oyster crackers, the little packet|54313000@1 single serving bag, NFS] and [half a lobster roll off my brothers plate|26311110*42.5+83107000@1 tablespoon*0.5+51150000@1 medium/regular/sandwich size roll*0.5;no lobster roll code: half a roll = 1.5 oz lobster + 1/2 tbsp mayo + half a split-top bun (soft roll)]
[a diet ginger ale|92410620@1 can (12 fl oz)]
dinner 7:30 at the mexican place in JP, [baja tacos w fish, x2|58102210@1 small/regular*2], [a margarita on the rocks, salt|93301100@1 drink] and [churros, split three ways so like one|53520200@1 regular]
<b12 gummy (2 gummies = 1000 mcg per the bottle)|b12=1000;stated total> and <my ritual multi|;no amounts stated: unknown, not zero>
''', 'note': 'Only the half lobster roll the person ate is counted.'},
{'id': 'p4d10', 'locale': 'en-US', 'text': '''
bodega 7:30 [b.e.c. on a kaiser, s/p/k|34001130@1 regular;BEC on a kaiser roll coded egg sandwich with meat and cheese (white bread roll); ketchup not separately coded] and [a small light and sweet coffee|92101000@q+11111000*30+91101010*8.4;small NYC deli coffee 12 fl oz (QNS); light = whole milk 30 g; sweet = 2 sugars]
1pm, [half a pastrami on rye from katz|25221215*170+51401010@1 medium or regular slice;Katz's whole sandwich ~12 oz meat: half = 6 oz (170 g) + one slice of rye] + [a full sour pickle|75503010@1 regular]
[a dr browns black cherry|92410510@1 can (12 fl oz);Dr. Brown's black cherry -> fruit-flavoured caffeine-free soft drink]
snack at 4 [a black & white cookie|53241500@1 large;no black and white cookie code: large sugar cookie (its icing not coded)]
dinner 8:15 [two plain slices from the dollar pizza spot|58106220@1 piece, large pizza*2;NY slice = thin crust, large pie] + [garlic knots (ate 3)|51184210@1 garlic knot*3]
[a can of pamplemousse lacroix|92410250@1 can (12 fl oz)]
out of my vitamin d and the calcium chews, need to reorder
''', 'note': 'Pastrami counted at half of a deli sandwich (6 oz meat). Vitamins ran out: nothing taken, no supplements.'},
{'id': 'p4d11', 'locale': 'en-US', 'text': '''
6am [old fashioned oats, a cup cooked in water|56203056@1 cup, cooked] w [a small box of raisins|62125100@1 small box (1.5 oz)] and [brown sugar, a teaspoon|91102010@1 teaspoon, NFS]
[a decaf, little skim in it|92101000@q+11113000*30;decaf coded brewed coffee; skim milk 30 g]
[2 hard cooked eggs|31103010@1 egg*2] around 10
lunch from the hy-vee deli: [turkey wrap|27540070@q] and [a dozen baby carrots|73101010@1 baby carrot*12]
supper 5pm: [a bone-in pork chop, pan fried|22101000@1 regular], [green beans w slivered almonds|75205044@q+42100100@1 oz*0.25;almondine = green beans cooked with oil + 1/4 oz almonds], [a little cup of applesauce|63101110@1 snack size container]
[a brandy old fashioned sweet|93301130@1 drink;Wisconsin brandy old fashioned coded Old fashioned]
<my kirkland mature multi|;no amounts stated: unknown, not zero>, <the D (50 mcg = 2000 IU softgel)|d=50> and <potassium 99mg with supper|k=99>
''', 'note': 'Decaf coded brewed coffee.'},
]
