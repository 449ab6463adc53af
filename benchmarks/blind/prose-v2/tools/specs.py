# hand-coded specs: [item text|spec] foods, <supplement text|key=val;note> supplements
LIB = {
 'tea_m': '92302000*360+11112110*30', 'tea_au': '92302000*360+11100000*30',
 'cof_m': '92101000*360+11112110*30', 'cof_au': '92101000*360+11100000*30', 'cof_b': '92101000*360',
 'tst1': '51101010*25+81101000*7', 'tst2': '51101010*50+81101000*14', 'wtst2': '51301020*50+81101000*14',
 'banana': '63107010*126', 'apple': '63101000*200', 'fw': '92101900*240', 'latte_g': '92101900*479.8',
 'wbx2': '57417000*37.5+11112110*122', 'wbix2': '57417000*33.4+11100000*122',
 'pint': '93101000*576.2', 'stubby': '93101000*380.4', 'cabeer': '93101000*345.9',
 'salad': '75143000*73', 'rice_c': '56205001*163', 'peas': '75224021*80', 'broc': '72201211*78',
 'mash': '71501010*125', 'sugar1': '91101010*4.2',
}
DAYS = [
# ---------------- en-US ----------------
{'id': 'q01', 'locale': 'en-US', 'text': '''
up at 6:15, [black coffee|cof_b] and [a banana|banana] on the way out
<mag glycinate 240mg|mg=240> + <D3 2000 IU|d=50> with breakfast i guess, cause breakfast was the coffee lol
lunch at 12:30 from the deli: [turkey swiss sammich, wheat bread|27540040*135], [a bag of lays|71200100*28], [diet coke|92410320*360]
snack around 3: [a mozzarella cheese stick|14107030*28.4] and [some grapes|63123000*75]
dinner was [spaghetti w meat sauce, big plate|58146322*500] and [garlic bread|51121015*79]
[a glass of milk|11112110*244] before bed
''', 'note': 'big plate = 2 x the 250 g serving used for home spaghetti with meat sauce.'},
{'id': 'q02', 'locale': 'en-US', 'text': '''
Breakfast at 7am: [bowl of cheerios|57123000*30+11112110*122] and [a cup of OJ|61210220*248].
Skipped lunch, back to back meetings.
Around 3 I grabbed a [clif bar, choc chip|53720200*68] and [an iced latte grande|92101900*479.8].
Dinner: [two slices of pepperoni from dominos|58106540*248]... then honestly [another slice|58106540*124] at 9.
Also had [a can of coke|92410310*372].
Took <calcium 600 mg + D 400 IU|ca=600,d=10> and <a multivitamin|;no amounts stated: unknown, not zero> at night.
''', 'note': 'Pizza eaten twice: 2 slices then one more (1 slice = 124 g). Lunch skipped, no item.'},
{'id': 'q03', 'locale': 'en-US', 'text': '''
6:45 - [eggs, 2, flipped over easy|31105005*110], [2 strips bacon|22601000*16], [one slice wheat toast w butter|51301020*25+81101000*7], [coffee + splash of half & half|92101000*360+12120100*30]
lunch - [chicken burrito bowl from chipotle|58102780*315] + [water|94000100*507.2]
4pm [an apple|apple] and [a spoon of peanut butter|42202000*16]
dinner at 7 [a plain chicken breast on the grill|24123301*120], [a baked spud topped w sour cream|71508010*315], [green beans|75205021*70]
<magnesium citrate 200 mg|mg=200> before bed, also rubbed magnesium lotion on my calves
''', 'note': 'Magnesium lotion on the skin is not an intake: not listed.'},

{'id': 'q04', 'locale': 'en-US', 'text': '''
Breakfast around 8: [oatmeal made with milk|56203066*240] with [a handful of blueberries|63203010*75] and [a drizzle of honey|91302010*7].
[Coffee, black|cof_b].
For lunch I had leftover [chili|27111406*255] with [saltines|54325000*18].
Snack: [greek yogurt|11411390*150].
Dinner was [salmon baked|26137120*140], [brown rice|56205018*147] and [steamed broccoli|broc].
Took <vitamin D 50 mcg|d=50> and <fish oil|;no tracked nutrient>. Epsom salt bath after my run, legs were cramping.
''', 'note': 'The Epsom salt bath is not an intake: not listed.'},
{'id': 'q05', 'locale': 'en-US', 'text': '''
7:30 [mcmuffin with egg|34001330*145] and [hash brown|71404010*55] from mcdonalds, [medium coffee w cream|92101000*480+12210200*30]
noon: [a ham sandwich on white|27520210*115], [baby carrots|73101010*60], [a pear|63137010*180]
[2 oreos|53209015*22] around 3
tea time lol jk. dinner at 6:30 [meatloaf|27214100*108], [mashed potatoes|mash], [corn|75216111*83]
[two beers|93101000*720] watching the game
''', 'note': 'two beers = 2 x 12 fl oz (360 g each).'},
{'id': 'q06', 'locale': 'en-US', 'text': '''
skipped breakfast, just [a cup of coffee with milk|92101000*240+11112110*20]
lunch at 1 was a [single cheeseburger|27510215*165] and [small fries|71401030*110] and [a lemonade|92510960*248]
snack: [trail mix|42500100*35]
dinner around 7:30, [campbells chicken noodle|58403040*245] and [a grilled cheese|14640100*116]
<magnesium oxide 400mg|mg=400;as stated; a 400 mg oxide tablet is ~241 mg elemental if 400 mg is the salt weight - ambiguous> at bedtime and <B12 1000 mcg|b12=1000>
''', 'note': 'Breakfast skipped; coffee is an 8 fl oz cup with milk at 2.5 g/fl oz (20 g).'},
{'id': 'q07', 'locale': 'en-US', 'text': '''
Morning: [2 frozen waffles|55200020*80] with [syrup|91300100*40], [a glass of orange juice|61210220*248]
Lunch: [tuna salad sandwich on wheat|27550735*180], [an orange|61119010*154]
3ish [a handful of almonds|42101110*28.4]
Dinner: [tacos, 2 of them, beef and cheese|58102010*420] + [refried beans|41205010*130]
[a margarita|93301100*225]
Supplements: <potassium gluconate 99mg|k=99;99 mg elemental potassium as on US labels>, <mag glycinate 120 mg x2|mg=240;2 capsules>, <vitamin d 1000iu|d=25>
''', 'note': 'taco 210 g each (FNDDS 1 taco).'},
{'id': 'q08', 'locale': 'en-US', 'text': '''
woke up late, [plain bagel, cream cheese|51180010*105+14301010*30] and [coffee with creamer|92101000*360+12210200*15] around 9
lunch [a caesar w grilled chicken and the dressing|27446360*311+83102000*29] at work
snack [a banana|banana] at 2 and [another banana|banana] at 4 before the gym
post workout [a protein shake from the gym fridge|95120010*256]
dinner: [a pan fried pork chop|22101000*120], [white rice|rice_c], [peas|peas]
took <an electrolyte tablet (sodium 300mg, potassium 150mg, magnesium 25mg on the tube)|na=300,k=150,mg=25;amounts as stated on the tube> in my water at the gym
''', 'note': 'Banana eaten twice. Caesar salad with dressing = salad + 1 packet/2 tbsp caesar dressing (29 g).'},
{'id': 'q09', 'locale': 'en-US', 'text': '''
Breakfast at 6: [scrambled eggs|32129990*110] and [toast with butter|tst1], [coffee|cof_b]
At lunch a [sub from the sandwich place, turkey|27540050*195] with [chips|71200100*28] and [a sweet tea|92308000*372]
[Popcorn|54403001*35] at 3
Dinner was [shrimp pad thai|58137230*200] takeout.
Took my <Nature Made magnesium 250 mg|mg=250;amount as written; Nature Made Magnesium (oxide) label: 250 mg magnesium per tablet> and <a B12 (500 mcg)|b12=500>.
Sprayed magnesium oil on my legs too.
''', 'note': 'Shrimp pad thai coded to the only pad thai in the set (chicken) - nearest; magnesium oil spray on the legs is not an intake, not listed.'},
{'id': 'q10', 'locale': 'en-US', 'text': '''
7am [cup of coffee with 2% milk|92101000*360+11112110*30] and [a blueberry muffin|52302010*130]
lunch was [mac and cheese|58145110*230] with [a side salad w ranch|salad+83113500*30]
afternoon [a can of sprite|92410510*372]
dinner 6pm [rotisserie chicken|24102060*150], [roasted potatoes|71104130*170], [green beans|75205021*70]
[ice cream|13110100*135] later
'''},
{'id': 'q11', 'locale': 'en-US', 'text': '''
Brkfst: [a yogurt|11432000*170] and [granola|57227000*55].
Lunch at 12: [leftover lasagna|58130011*250], [diet coke|92410320*360].
Snack: [celery sticks|75109000*16] with [hummus|41205070*60].
Dinner: [2 hot dogs|27564060*204] and [potato salad|71603010*138] at a bbq, [a beer|93101000*360].
<Calcium citrate 500 mg|ca=500;read as elemental calcium>, <vitamin D3 25 mcg|d=25>, <fish oil 1000mg|;no tracked nutrient>.
'''},

# ---------------- en-GB ----------------
{'id': 'q12', 'locale': 'en-GB', 'text': '''
brekkie at half 7, [2 weetabix|wbx2] and [a cup of tea|tea_m]
<vit d 10 micrograms|d=10> like the nhs says
lunch was a meal deal - [an egg and mayo sarnie|32203010*180], [walkers ready salted|71200100*25], [a bottle of water|94000100*507.2]
[a kitkat|91705080*41.5] at 3 with [another tea|tea_m]
tea was [heinz beans on 2 bits of toast|41201020*130+51101010*50+81101000*14] and [a satsuma|61125010*109]
''', 'note': 'Kit Kat 4-finger 41.5 g; tea drunk twice; tea at night = evening meal. Beans on toast = 1/2 cup beans + 2 slices buttered toast.'},
{'id': 'q13', 'locale': 'en-GB', 'text': '''
Breakfast: [porridge with semi skimmed|56203066*240] and [a banana sliced on top|banana]. [Coffee with milk|cof_m].
Lunch at 1 - [a jacket spud and beans|71508001*285+41201020*130] and [grated cheddar|14104100*28.4].
Snack: [walkers crisps, 1 packet|71200100*25], [couple of mcvities digestives|54102010*30].
Tea at 6: [tikka masala w chicken n white rice|27146155*400], [a naan|51108100*44].
[Glass of white wine|93401020*180].
Took <magnesium citrate 150mg|mg=150> and had an epsom salt bath before bed, my calves were killing me.
''', 'note': 'tikka masala -> chicken curry with rice; digestive -> graham cracker; Epsom salt bath is not an intake. Wine: UK glass 175 ml -> 180 g as coded in earlier sets.'},
{'id': 'q14', 'locale': 'en-GB', 'text': '''
8am [a bacon butty|22501010*46+51153000*62+81101000*7] and [brew|tea_m]
elevenses [a custard cream|53243000*14]
skipped lunch, too busy
4ish [a sausage roll from greggs|27560350*85]
dinner: [cod and chips, chippy tea|26109140*210+71401031*180], [side of mushy peas|75224021*80], [a can of coke|92410310*345.9]
<Adcal-D3 (600mg calcium, 400 units D3)|ca=600,d=10;amounts as stated, which are the Adcal-D3 label per tablet>
''', 'note': 'bacon butty = 2 rashers back bacon (Canadian bacon 46 g) in a white roll with butter; sausage roll -> pig in a blanket; custard cream -> vanilla sandwich cookie, 1 biscuit 14 g (half of the 28 g pair); UK can 330 ml; mushy peas -> green peas, no amount = Quantity not specified 80 g.'},
{'id': 'q15', 'locale': 'en-GB', 'text': '''
[2 toast buttered with thick cut marmalade|51101010*50+81101000*14+91404000*20] at 7, [tea|tea_m].
Lunch: [a bowl of tomato soup|74602010*245] and [a crusty roll with butter|51153000*62+81101000*7].
Afternoon [a flat white|fw] and [flapjack from the cafe|53712000*60].
Dinner was [spaghetti bolognese|58146322*250] with [parmesan|14104100*5] hmm not much and [a side salad|salad].
<Magnesium glycinate 300mg|mg=300>, <B12 spray (1200 mcg a spray)|b12=1200;one spray as stated>.
''', 'note': 'flapjack -> oatmeal snack bar; parmesan coded as cheddar 5 g (no separate parmesan in set); flat white -> latte.'},
{'id': 'q16', 'locale': 'en-GB', 'text': '''
Brekkie 7:30: [full english|31105005*55+22501010*46+25221405*75+41201020*130+51101010*25+74101000*45], [cuppa|tea_m].
Lunch: nothing really, [an apple|apple].
At 3: [a cheese and onion pasty|27317010*175] hmm.
Tea: [shepherds pie|27311510*250] and [peas|peas].
Went to the pub after, [2 pints of lager|93101000*1152.4].
''', 'note': 'full english = 1 fried egg, 2 rashers back bacon, 1 sausage (1 piece 75 g), beans 1/2 cup, 1 slice toast, tomato; pasty -> beef pot pie 175 g (no cheese-and-onion pasty); pint 568 ml.'},
{'id': 'q17', 'locale': 'en-GB', 'text': '''
cba with breakfast, [coffee with milk|cof_m] only
[a croissant|51166000*70] at 10
lunch [chicken salad sandwich from pret|27540120*180], [a bag of mini cheddars|54304000*25], [orange juice|61210220*248]
[2 jaffa cakes|53108200*30] at 4
tea was [sausages|25221405*150], [mash|mash] and [onion gravy|28500040*60], [broccoli|broc]
took <my magnesium (mag oxide 250 mg)|mg=250;as stated; oxide salt vs elemental ambiguous> & <vitamin D 1000 IU|d=25>
''', 'note': 'jaffa cake -> chocolate snack cake, 1 miniature 15 g each; sausages = 2 pork sausages 75 g each; mini cheddars -> cheese crackers 25 g bag.'},
{'id': 'q18', 'locale': 'en-GB', 'text': '''
Breakfast at 6.45: [2 slices of wholemeal toast with butter|wtst2], [a boiled egg|31103010*50], [tea|tea_m].
Lunch at my desk - [leftover chilli and rice|27111406*255+56205001*122].
Snack: [a yoghurt|11432000*125].
Dinner: [roast chicken|24132240*140], [roast potatoes|71104130*170], [carrots|73102211*78], [gravy|28500000*60].
Later [some red, one glass|93401010*180].
Took <a multivitamin|;no amounts stated: unknown, not zero> and <calcium 500mg with D 10mcg|ca=500,d=10>.
''', 'note': 'wholemeal toast -> wheat toast; boiled egg 50 g (one large egg).'},
{'id': 'q19', 'locale': 'en-GB', 'text': '''
7am [a bowl of cornflakes|57134000*30+11112110*122], [tea|tea_m]
at lunch [a ham and cheese toastie|27520220*135] and [a packet of salt and vinegar crisps|71200140*25]
[a diet coke|92410320*360] around 3
tea was [a takeaway pizza, pepperoni, 3 slices|58106540*372]
then [a bit of chocolate|91705010*15] on the sofa
forgot my magnesium again today
''', 'note': 'a bit of chocolate = 1 fun size 15 g. The magnesium was forgotten: not an intake, not listed.'},
{'id': 'q20', 'locale': 'en-GB', 'text': '''
Breakfast at 8: [a bowl of bircher style muesli n plain yoghurt|57227000*55+11411200*122.5], [a black coffee|cof_b].
Elevenses: [cream tea - a scone, jam, clotted cream|52105100*70+91400000*20+12130100*30].
Lunch: [a jacket potato with tuna mayo|71508001*285+27450060*119].
Tea: [lamb rogan josh with rice|27116110*200+56205001*81.5], [poppadoms x2|41311000*18].
<Electrolyte sachet (says 440mg sodium, 380mg potassium)|na=440,k=380;amounts as stated on sachet>.
''', 'note': 'rogan josh -> beef curry with rice (no lamb curry with rice) plus 1/2 cup extra rice; clotted cream -> heavy cream 2 tbsp; poppadom -> papad.'},
{'id': 'q21', 'locale': 'en-GB', 'text': '''
[Tea and 2 biscuits|tea_m+53241500*20] first thing at 6
[A bacon roll|22501010*46+51153000*62] at 9 on the way in
Lunch - [a Boots meal deal wrap, chicken|27540300*161], [a bag of hula hoops|71205030*28], [a smoothie|11553110*324]
Tea at 7, [homemade chicken curry|27146150*240] with [rice|rice_c]
[a couple of ginger nuts|53241500*20] with [a decaf tea|92302500*360+11112110*30]
<magnesium bisglycinate 200 mg|mg=200> <vit D 25mcg|d=25>
''', 'note': 'biscuits -> butter cookies (2 x 10 g); hula hoops -> flavoured potato sticks 28 g; smoothie no size -> Quantity not specified 324 g.'},
{'id': 'q22', 'locale': 'en-GB', 'text': '''
Sunday.
Brunch around 10: [eggs benedict, 2|34001330*290], [a cappuccino|fw].
[Roast beef|21401000*60] dinner at 3 with [yorkshire puddings x2|52311010*62], [roasties|71104130*170], [parsnips|75222020*80], [gravy|28500040*60].
Supper: [cheese and crackers|14104100*28.4+54336000*18].
[A cup of tea|tea_m].
Took <2 magnesium citrate (100 mg each)|mg=200;2 x 100 mg as stated>.
''', 'note': 'eggs benedict -> egg sandwich on English muffin with ham x2; yorkshire pudding -> popover 31 g each; cappuccino -> latte.'},

# ---------------- en-AU ----------------
{'id': 'q23', 'locale': 'en-AU', 'text': '''
brekkie 6:30 - [3 weet-bix|57417000*50.1+11100000*122] and [a flat white|fw]
[a slice of toast w vegemite|51101010*25+81101000*7+75236500*6] at 10 at work
lunch: [roll w ham, lettuce, tomato|27520210*175+salad]
arvo [a piece of banana bread|52405010*41] and [another flat white|fw]
dinner around 7 [lamb chops|23101000*180], [mashed potato|mash], [peas|peas]
<magnesium 400mg (as citrate)|mg=400;as stated> and <vitamin D 1000iu|d=25>
''', 'note': 'Weet-Bix 16.7 g each; banana bread -> fruit bread 1 slice 41 g; flat white drunk twice.'},
{'id': 'q24', 'locale': 'en-AU', 'text': '''
Brekkie at 8: [avo on toasted sourdough, smashed|63105010*75+51133020*56], [a long black|92101610*120].
Lunch: [a meat pie from the servo|27317010*175] with [tomato sauce|74401010*17].
Arvo snack [an apple|apple].
Dinner was [bolognese w spaghetti|58146322*250] and [one red wine|93401010*152.2].
Epsom salt bath, then <magnesium glycinate 250 mg|mg=250> before bed.
''', 'note': 'AU wine glass 150 ml; tomato sauce = ketchup 1 tbsp; the Epsom salt bath is not an intake.'},
{'id': 'q25', 'locale': 'en-AU', 'text': '''
skipped brekkie, just [a cappuccino|fw] at 9
lunch at 12.30 [sushi rolls, 2 salmon|58151200*180] and [a bottle of water|94000100*507.2]
arvo [a tim tam|53209100*18] ok [ok 2 more tim tams tbh|53209100*18]
dinner [chicken stir fry with rice|27446100*220+56205001*163]
[a stubby of beer|stubby] after
''', 'note': 'Tim Tams: one then two more (eaten twice), 18 g each; cappuccino -> latte; stir fry -> chicken chop suey without noodles plus 1 cup rice; stubby 375 ml.'},
{'id': 'q26', 'locale': 'en-AU', 'text': '''
6am [tea with milk|tea_au] and [raisin bread toasted, 2 slices|51129020*50+81101000*14]
morning tea: [a banana|banana]
lunch - [chicken and avo wrap|27540300*161+63105010*37.5]
arvo [cashews, a handful maybe|42104100*28.4]
dinner [snags on the barbie, 2|25220105*150] with [a bread roll|51153000*56] and [coleslaw|75141000*110]
[2 schooners|93101000*862.2]
<the chemist warehouse magnesium (says 150mg magnesium on the bottle)|mg=150;amount as stated on the bottle> <B12 1000mcg|b12=1000>
''', 'note': 'snags -> beef sausages; schooner 425 ml (431.1 g at beer density).'},
{'id': 'q27', 'locale': 'en-AU', 'text': '''
Brekkie: [porridge with milk|56203066*240], [a flat white|fw] at 7.
Lunch: [a chicken schnitzel sandwich|27540146*140] from the cafe.
3pm [a muesli bar|53712100*43].
Dinner: [fish and chips|26100140*135+71401031*110] at the beach, [a can of solo|92410550*393.1].
Rubbed magnesium spray on my legs after, they were twitchy.
''', 'note': 'Magnesium spray on the skin is not an intake: not listed. Solo can 375 ml (393.1 g at the FNDDS 31 g/fl oz density); schnitzel sandwich -> fried chicken fillet sandwich.'},

{'id': 'q28', 'locale': 'en-AU', 'text': '''
[2 eggs on toast|31105005*110+51101010*50+81101000*14] for brekkie 7ish, [coffee|cof_au]
lunch was [leftover chicken curry|27146150*240] with [rice|rice_c]
arvo [some watermelon|63149010*325]
tea was [a burger from maccas|27510601*145], [medium chips|71401030*110], [a coke no sugar|92410320*360]
<Calcium 600mg + D3 500 IU|ca=600,d=12.5>, <fish oil|;no tracked nutrient>, <a multi|;no amounts stated: unknown, not zero>
''', 'note': 'tea = evening meal; medium chips coded 110 g fast-food fries as in earlier sets (AU medium ~ US small).'},
{'id': 'q29', 'locale': 'en-AU', 'text': '''
Brekkie at 6:15: [bowl of granola with yoghurt|57227000*55+11411200*122.5], [piccolo latte|92101900*100].
Morning tea [a cheese scone|52105100*70] and [tea|tea_au].
Lunch: [a sausage roll|27560350*85] and [a vanilla slice|53344000*150] from the bakery.
Dinner: [grilled barramundi|26141121*90], [a salad|salad], [chips|71401031*110].
Took <electrolyte tabs x2 (each 250mg sodium, 100mg potassium)|na=500,k=200;2 tablets, amounts as stated>.
''', 'note': 'barramundi -> grilled bass (nearest white fish); vanilla slice -> custard pie; piccolo -> latte 100 ml; sausage roll -> pig in a blanket.'},
{'id': 'q30', 'locale': 'en-AU', 'text': '''
[milo with milk|11526000*266.7] at 7 then [weetbix x2 w milk|wbix2]
lunch [a salad sanga, ham|27520230*115]
arvo [a mandarin|61125010*109] and [a couple of jatz|54301030*15]
tea at 6 [rissoles|21500310*170], [mash|mash], [gravy|28500040*60], [beans|75205021*70]
[a glass of milk|11100000*257.8] before bed
''', 'note': 'Milo -> malted milk 250 ml (FNDDS 32 g/fl oz); rissoles -> beef patty; salad sanga with ham -> ham sandwich on wheat; AU cup 250 ml.'},
{'id': 'q31', 'locale': 'en-AU', 'text': '''
Breakfast at 9: [a bacon n egg brekkie roll|34001120*155] with [bbq sauce|74401010*17], [an iced coffee|92102450*620].
Skipped lunch.
3pm [a bag of chips, salt and vinegar|71200140*45] and [a can of coke|92410310*393.1].
Dinner: [pad see ew|58135110*228] takeaway, [spring rolls x2|58110110*128].
<Magnesium glycinate 300mg|mg=300> at night; <D 25 mcg|d=25>.
''', 'note': 'pad see ew -> chow fun with meat and vegetables; bbq sauce -> ketchup (nearest); AU can 375 ml = 393.1 g; AU chips packet 45 g (common AU single bag); iced coffee -> pre-sweetened iced coffee 600 ml carton.'},
{'id': 'q32', 'locale': 'en-AU', 'text': '''
brekkie [PB on 2 slices of toast|51101010*50+42202000*32], [a flat white|fw]
lunch [pho from the vietnamese place|28310330*245]
arvo [a tub of yoghurt|11432000*170] and [strawberries|63223020*75]
dinner [roast lamb|23000100*60], [pumpkin, roasted|73303020*115], [roast potatoes|71104130*170], [peas|peas]
[a glass of white|93401020*152.2]
''', 'note': 'AU wine glass 150 ml; pho with no size = FNDDS Quantity not specified (245 g, 1 cup) - a restaurant bowl is often 2-3x that.'},
{'id': 'q33', 'locale': 'en-AU', 'text': '''
up 5am for work, [a bacon and egg mcmuffin|34001320*150] and [a hash brown|71404010*55]
smoko [a pie|27317010*175] and [a choc milk|11511000*628.9]
lunch [2 sangas ham and cheese|27520220*270]
knocked off at 3, [an apple|apple]
tea [steak|21001000*160], [chips|71401031*180], [salad|salad]
[3 cans of beer|93101000*1141.2]
<Potassium chloride 600mg slow release (8 mEq)|k=312.8;8 mEq x 39.1 mg = 312.8 mg potassium>
''', 'note': 'smoko = work break; choc milk 600 ml carton; AU can 375 ml (380.4 g).'},
{'id': 'q34', 'locale': 'en-CA', 'text': '''
7am [medium double double|92101000*420+12110100*60+91101010*16.8] from timmies and [a toasted bagel w butter|51180010*105+81101000*14]
lunch: [a chicken caesar wrap|27540300*161]
3ish [a honey cruller|53521110*60]
supper was [shepherds pie|27311510*250] and [corn|75216111*83]
<vitamin D 1000 IU|d=25> and <magnesium 250mg|mg=250>
''', 'note': 'Tim Hortons medium 14 fl oz (420 g); double double = 2 cream (2 fl oz light cream) + 2 sugar (4 tsp), per the foods-v2 1 milk/1 sugar convention; honey cruller -> yeast doughnut.'},
{'id': 'q35', 'locale': 'en-CA', 'text': '''
Breakfast at 6:30: [a bowl of shreddies with 1% milk|57411000*60+11112210*122], [coffee with milk|cof_m].
Lunch: [leftover chili|27111406*255] and [a bun|51154100*52].
Snack at 2: [a granola bar|53712100*43].
Dinner: [poutine, regular|71401031*180+14107010*56.5+28500040*120] from the chip stand.
[A can of pop|92410310*372].
Epsom salt bath for my legs, <mag citrate 150 mg|mg=150> after.
''', 'note': 'Shreddies -> wheat squares; poutine = fries + cheese curds (mozzarella) + gravy; Epsom bath not an intake.'},
{'id': 'q36', 'locale': 'en-CA', 'text': '''
skipped breakfast
10am [large steeped tea with milk|92302000*600+11112110*30]
lunch [a turkey club|27540123*130] and [a bowl of chicken noodle soup|58403040*245]
[2 timbits|53520100*30] at 3, ok [2 more timbits|53520100*30] at 4
dinner [spaghetti and meatballs|58146322*250], [caesar salad|72116150*79+83102000*29]
[a couple of beers|93101000*691.8]
''', 'note': 'Timbits eaten twice, 15 g each; Canadian beer bottle 341 ml (345.9 g) x 2; Tim Hortons large 20 fl oz.'},
{'id': 'q37', 'locale': 'en-CA', 'text': '''
Breakfast around 8: [2 eggs scrambled|32129990*110], [brown toast x2 buttered|51301020*50+81101000*14], [orange juice|61210220*248].
Lunch: [a ham and cheese sandwich|27520220*135], [a pear|63137010*180].
Snack: [some saltines w a bit of old cheddar|14104100*21+54325000*18].
Supper: [salmon|26137120*140], [rice|rice_c], [asparagus|75202011*90].
<Calcium 500 mg w/ vitamin D 400 IU|ca=500,d=10> and <a B12 (1000 mcg sublingual)|b12=1000>.
''', 'note': 'brown toast -> wheat toast.'},
{'id': 'q38', 'locale': 'en-CA', 'text': '''
6am [a tea with milk|tea_m] and [peanut butter toast|51101010*25+42202000*16]
[an apple fritter|53415120*100] at the office, [medium coffee black|92101000*420]
lunch [a slice of pizza|58106540*124] and [a diet pepsi|92410320*360]
supper at 6 [pork chops|22101000*240], [baked potato|71508001*285], [peas and carrots|75224021*40+73102211*39]
[a bowl of ice cream|13110100*135]
<magnesium bisglycinate 120 mg x 2|mg=240;2 capsules>, <vit d 2000iu|d=50>, <fish oil|;no tracked nutrient>
''', 'note': 'apple fritter -> fruit fritter; peas and carrots = half peas half carrots.'},
{'id': 'q39', 'locale': 'en-CA', 'text': '''
breakfast [cheerios in a bowl w milk|57123000*30+11112110*122] at 7
[a latte|fw] at 10
lunch was [perogies with sour cream|58121610*80+12310100*30]
snack [a banana|banana]
supper [chicken fingers|24198741*100] and [fries|71401031*110] at the pub, [a pint|pint]
<nuun tablet (sodium 300 mg, potassium 150 mg, magnesium 25 mg)|na=300,k=150,mg=25;amounts as stated; these are the Nuun Sport label amounts per tablet (the label also lists 13 mg calcium, not stated by the person, so not counted)> at hockey
''', 'note': 'Canadian bar pint coded 568 ml as in foods-v2; perogies no amount = Quantity not specified 80 g, sour cream 2 tbsp.'},
{'id': 'q40', 'locale': 'en-CA', 'text': '''
Brunch at 10: [pancakes|55101000*150] with [maple syrup|91300100*40] and [bacon|22601000*24], [coffee|cof_m].
Skipped lunch.
Afternoon: [ketchup chips (just the little bag)|71200140*28].
Supper: [roast beef|21401000*60], [mashed potatoes|mash], [gravy|28500040*60], [green beans|75205021*70].
[one butter tart from the bakery|53385000*75] for dessert and [a decaf|92101000*360+11112110*30].
''', 'note': 'butter tart -> pecan pie; maple syrup -> pancake syrup (nearest in set); decaf coffee coded as brewed coffee with milk.'},
{'id': 'q41', 'locale': 'en-CA', 'text': '''
6:45 [oatmeal with brown sugar|56203056*240+91102010*9.2], [coffee with cream|92101000*360+12110100*30]
lunch: [a tuna sandwich|27550720*180], [carrot sticks|73101010*60], [a yogurt|11432000*170]
3pm [a handful of almonds|42101110*28.4]
supper: [chicken stir fry with noodles|27343910*220]
[a glass of wine|93401010*180]
<Magnesium oxide 500mg|mg=500;as stated; salt vs elemental ambiguous>, <potassium 99mg|k=99>, <vitamin D 25 mcg|d=25>
'''},
{'id': 'q42', 'locale': 'en-CA', 'text': '''
Breakfast 7:30: [an egg mcmuffin|34001330*145] and [a small coffee with milk|92101000*300+11112110*25].
Lunch: [a chicken shawarma wrap|27516010*200] and [a can of ginger ale|92410610*372.1].
Snack: [caramilk choc bar|91705450*50].
Supper: [mac and cheese from the box|58145112*230], [hot dogs cut up in it, 2|25221310*150].
<Calcium 600 mg|ca=600> at bedtime.
''', 'note': 'Tim Hortons small 10 fl oz; shawarma -> gyro; hot dogs -> Polish sausage 75 g each (wieners cut up, no bun); Caramilk -> caramel-filled chocolate 50 g.'},
{'id': 'q43', 'locale': 'en-CA', 'text': '''
[toasted everything bagel + cream cheese|51180010*105+14301010*30] and [tea|tea_m] at 7
[a muffin from timmies|52302010*130] around 10
lunch [split pea soup|41602030*255] and [a roll|51153000*56]
[Hickory sticks|71205030*28] at 3
supper [homemade stew w beef|27311410*255] with [a biscuit|52101000*45]
<a multivitamin|;no amounts stated: unknown, not zero> + <vitamin d 1000 IU|d=25>
''', 'note': 'Hickory Sticks -> flavoured potato sticks; biscuit (CA) = US-style biscuit.'},
{'id': 'q44', 'locale': 'en-CA', 'text': '''
woke up at 9, [2 pieces of toast with jam|51101010*50+81101000*14+91400000*20] and [coffee|cof_m]
lunch [a burger|27510601*145] and [onion rings|75415022*120]
[an orange|61119010*154] at 3
supper [lasagna|58130011*250] and [garlic toast|51121015*79]
[a glass of milk|11112110*257.8]
used magnesium oil on my calves, and <a mag chloride tab (says 64 mg magnesium)|mg=64;amount as stated by the person>
''', 'note': 'Magnesium oil on the skin is not an intake; the magnesium chloride tablet is, at the stated 64 mg.'},
]
