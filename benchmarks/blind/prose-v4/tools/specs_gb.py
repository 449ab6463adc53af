T = '92302000@q+11112110*30'   # UK tea with milk: QNS tea 360 g + 30 g semi-skimmed (coded 2%)
GB = [
{'id': 'p4d12', 'locale': 'en-GB', 'text': f'''
7.15 [two crumpets dripping w lurpak|51186010@1 crumpet*2+81101000@Guideline amount per slice of bread/roll*2;crumpet = FNDDS English muffin "1 crumpet" 45 g; butter 7 g each] and [a mug of yorkshire tea, milk no sugar|{T}]
desk lunch 12.30 from boots: [prawn mayo on malted brown|51300110@1 medium or regular slice*2+26319130*56.7+83107000@Guideline amount on regular sandwich;no prawn sandwich code: 2 slices brown bread + 2 oz cooked prawns + sandwich mayo], [some salt & vinegar crisps (one bag)|71200140*25;UK packet 25 g, flavoured crisps] and [still water, 500ml bottle|94100100@1 bottle (16.9 fl oz or 500 ml)]
[another tea about 3|{T}] and [couple of rich teas to dunk|53241510@1 cookie*2]
tea at half 7: [a big square of lasagne|58130011@1 piece (1/6 of 8" square, approx 2-1/2" x 4")], [garlic bread x2 slices|51121015@1 small slice*2;slices off a garlic baguette = FNDDS small slice (39 g)] and [a handful of bagged rocket|75113080@1 cup;handful of leaves = 1 cup]
[merlot, one glass|93401010%175;UK glass 175 ml]
<sando-k, 2 fizzy tabs as prescribed|k=938.4;brand: Sando-K published label per effervescent tablet 12 mmol potassium (470 mg); 2 x 12 mmol x 39.1 mg> and <boots own brand D3, the 25µg|d=25>
''', 'note': 'Tea drunk twice. Sando-K uses the manufacturer label (12 mmol K per tablet).'},
{'id': 'p4d13', 'locale': 'en-GB', 'text': f'''
glasgow. 8am [a roll n square sausage|51150000@1 medium/regular/sandwich size roll+25221405@1 patty*1.5;Lorne (square) sausage slice ~50 g = 1.5 pork sausage patties; soft white roll] w [a dod of broon sauce|74406100@1 tablespoon;brown sauce -> steak sauce] + [a strong brew wi two sugars|{T}+91101010@1 teaspoon*2]
piece at 11: [a tunnocks caramel wafer|53209010@1 wafer*1.75;Tunnock's caramel wafer 26 g label weight ~ chocolate-covered wafer at 15 g x 1.75 (26.25 g)]
lunch 1pm [a scotch pie|27317010*150;Scotch pie (mutton/beef in hot-water pastry) -> beef pot pie at ~150 g (typical bakery Scotch pie weight; the FNDDS individual pot pie is 250 g)] and [diet bru in a tin|92410560%330;diet Irn-Bru -> diet fruit-flavoured caffeinated soft drink, UK can 330 ml]
tea at 6.30 a [fish supper from the chippy|26109140@1 large fillet+71401031@q*2;fish supper = battered cod (large chippy fillet, fried cod) + chips (restaurant fries, double the QNS portion for a chippy serving)] and [a pickled onion|75503010@1 miniature;no pickled onion code: small pickle (approximation)]
[a finger of shortbread|53239000@1 medium] with [a wee dram, 25ml|93502000%25;UK single measure 25 ml]
''', 'note': 'Chippy portion is a coder judgement (large fillet, two QNS chips). No supplements.'},
{'id': 'p4d14', 'locale': 'en-GB', 'text': f'''
uni. 11am [a bowl of crunchy nut|57348000@q;Crunchy Nut cornflakes -> flavoured corn flakes] w [semi skimmed, about half a cup|11112110@1 cup*0.5]
2pm [cheese toastie done in the breville|14640125@q]
[a can of red bull|95311000@1 can or bottle (8 fl oz);Red Bull 250 ml can = 8.4 fl oz, coded the FNDDS 8 fl oz can]
[a handful of percy pigs|91745010@1 miniature/bite size/fun size*2;handful ~ 30 g of gummy sweets]
tea at 9, [chicken pad thai from the place on the high street|58137230@q] and [a bag of prawn crackers|54406200@q]
then out: [3 vodka lemonades|93301213@1 drink*3;vodka and lemonade, 3 drinks]
[cheesy chips on the walk home|71401031@q+14104100@1 cup, shredded*0.25;chippy chips + 1/4 cup grated cheddar]
''', 'note': 'No supplements.'},
{'id': 'p4d15', 'locale': 'en-GB', 'text': f'''
half 6 [porridge, 40g oats made up w water|56203056@1 oz, dry, yields*1.41;40 g dry oats = 1.41 oz dry; FNDDS 1 oz dry yields 170 g cooked] + [the whole banana sliced into it|63107010@1 banana] and [tea (milk, no sugar)|{T}]
[a costa flat white in a reusable cup|92101900@1 cup (8 fl oz);flat white -> latte 8 fl oz (foods-v1 convention; Costa's flat white cup is the small size)] on the train
lunch at my desk: [leftover chicken tikka masala, about a cup|27146150@1 cup;tikka masala -> Chicken curry] and [half a naan|51108100@1 Naan (10" dia)*0.5]
[one mullerlight pot|11433000@1 4 oz container*1.06;Muller Light pot 120 g -> nonfat fruit yogurt (label weight 120 g = 1.06 x 4 oz)]
tea: [a salmon fillet baked in the oven|26137120@1 small/regular fillet], [some new potatoes, 5 small ones|71102980@1 new potato*5] and [tenderstem broccoli|72201220@q]
[a bit of dairy milk, 4 chunks|91705010*20;Dairy Milk -> Chocolate candy NFS; 4 chunks ~ 20 g (coder estimate ~5 g a chunk)]
<mag glycinate 2 tabs (label says 200 mg elemental per 2)|mg=200;stated total> and <my 1000iu vit d3|d=25>
''', 'note': 'Porridge from a stated 40 g dry oats.'},
{'id': 'p4d16', 'locale': 'en-GB', 'text': f'''
sunday. brunch at 11 at the wetherspoons: [eggs benedict (the 2 egg one)|51186010@1 muffin+22501010*46+31103010@1 egg*2+81302010@1 tablespoon*2;no eggs benedict code: English muffin + 2 slices ham (Canadian bacon 46 g) + 2 poached eggs + 2 tbsp hollandaise] and [tea for one in a pot, with milk|{T}]
walked the dog, [a 99 flake from the ice cream van|13120782@1 cone+91705010*8;99 = soft-serve vanilla cone + ~8 g Flake (chocolate candy; coder estimate)]
tea at 6: [a slab of my dads roast beef|21401000@q], [three crispy roast potatoes|71104070@1 baby potato*3;roastie = FNDDS baby potato weight], [cauliflower cheese, a big spoonful|75214020@1 cup*0.5+14650100@1 tablespoon*2;no cauliflower cheese code: 1/2 cup cooked cauliflower + 2 tbsp cheese sauce], [frozen garden peas|75224030@q] and [a good glug of bisto|28500040@1 cup*0.25]
pudding [half a tin of ambrosia rice pudding|13210410*200;Ambrosia tin 400 g, half = 200 g]
[one pint of the black stuff (guinness)|93101000%568;stout coded beer, UK pint 568 ml]
left my magnesium and vit d at mums so none today
''', 'note': 'Vitamins left elsewhere: not taken, not listed. Roast beef at FNDDS Quantity not specified (60 g); may read low for a generous slab.'},
{'id': 'p4d17', 'locale': 'en-GB', 'text': f'''
on nights. woke at 3pm, [beans on toast, half a tin on 2 slices|41201020*207.5+51101010@1 medium or regular slice*2;UK baked beans tin 415 g, half; toast unbuttered]
[tea w milk in my flask|{T}]
4am break: [a pot noodle, bombay bad boy|58407030@1 individual container] and [mini cheddars, 1 packet|54304000@1 small or medium single serving bag;Mini Cheddars -> cheese crackers, single bag]
[a lucozade orange, the 380ml|95311000%380;Lucozade Energy -> energy drink, 380 ml bottle]
[a banana from the canteen|63107010@1 banana]
7am home: [shreddies + semi skimmed|57417000@1 cup+11112110@1 cup*0.5;Shreddies -> plain shredded wheat, 1 cup + 1/2 cup milk]
binned the rest of the flatmates birthday cake, didnt touch it
<a mag oxide 400mg (bit unsure if thats the elemental or not)|mg=400;as written; a 400 mg oxide tablet holds ~240 mg elemental Mg - ambiguous>
''', 'note': 'Lunch skipped (nights). The birthday cake was thrown away, not eaten.'},
{'id': 'p4d18', 'locale': 'en-GB', 'text': f'''
8am [marmite on 2 slices of wholemeal toast|51300110@1 medium or regular slice*2+75236500@1 teaspoon*2;no butter written: not coded] and [filter coffee w oat milk splash|92101000@q+11360200*30]
11 [the cafe's golden syrup flapjack|53712100@1 bar;flapjack -> cereal/granola bar NFS]
lunch: [a pret falafel wrap|41901030@q;falafel wrap -> Falafel sandwich] + [a carton of coconut water|42403010%330;330 ml carton]
[a couple of jaffa... no, a couple of bourbons|53209500@1 sandwich*2;bourbon biscuit -> chocolate sandwich cookie]
tea at 7: [spag bol, a heaped plate|58146322@1 cup*2;spaghetti bolognese = home-recipe spaghetti with meat sauce; heaped plate = 2 cups] and [parmesan on top, a tablespoon|14108010@1 tablespoon]
[two flutes of prosecco, pub measure|93401005%250;UK prosecco glass 125 ml x 2]
<my potassium tab (99 mg from gluconate)|k=99> and <my b12 1000 mcg spray, once|b12=1000>
''', 'note': 'Prosecco at the UK 125 ml glass. "a couple of jaffa... no, a couple of bourbons" is a self-correction: one item, bourbons only (no Jaffa Cakes).'},
{'id': 'p4d19', 'locale': 'en-GB', 'text': f'''
7am [a bowl of bran flakes, semi skimmed milk|57207000@q+11112110@1 cup*0.5;QNS bowl of bran flakes + 1/2 cup milk] + [a pot of earl grey, milk in|{T};earl grey with milk coded as UK tea with milk]
11ish garden centre cafe: [a fruit scone w butter and strawberry jam|52105200@1 regular+81101000@1 pat+91402000@1 tablespoon]
lunch 1.30: [quiche lorraine, 1 slice|58125110@1 piece (1/8 of 9" dia)], [a couple of spoonfuls of slaw|75141000@Guideline amount per sandwich;2 spoonfuls ~ 1/4 cup (FNDDS guideline per sandwich 55 g)] and [a few new potatoes w butter|71102980@1 new potato*3+81101000@1 pat]
4pm [an eccles cake|53452100@1 pastry;Eccles cake -> fruit-filled pastry]
tea 7: [cheese on toast, 2 slices|51101010@1 medium or regular slice*2+14104100@1 slice*2;grilled cheddar on white toast, 1 slice of cheese per toast] and [a tin of M&S gin and tonic|93301060%250;UK premix can 250 ml]
<calcium carbonate 1.25g tab (label: 500mg calcium + 10µg D3)|ca=500,d=10;stated label amounts (1.25 g carbonate = 500 mg elemental)>
''', 'note': 'Earl grey coded as black tea with milk.'},
{'id': 'p4d20', 'locale': 'en-GB', 'text': f'''
no brekkie, overslept. 
12.15 sainsburys meal deal: [the caesar wrap w chicken in it|27540122@q;chicken caesar wrap -> chicken salad sandwich wrap], [snack a jacks (salt & vinegar), 1 bag|54318500*26;Snack a Jacks -> rice cakes (flavoured); single-serve bag ~26 g (coder estimate)] and [a tropicana 250ml|61210000%250]
4pm [a choc chip cookie from the bakery bit|53206020@1 large]
[a can of monster, the white one|95312410%500;Monster Ultra (white) -> sugar-free Monster energy drink; UK can 500 ml]
11pm after the pub: [doner kebab w chilli sauce and salad|27516010@q;doner kebab -> gyro sandwich (prose-v2)] and [a portion of chips from the kebab shop|71401031@q]
earlier at the pub [strongbow, 3 pints over the night|93106500%1704;UK pint 568 ml x 3]
<H&B magnesium 375mg (thats the citrate, says 375mg of magnesium)|mg=375;stated elemental> and <a multi with iron|;no amounts stated: unknown, not zero>
''', 'note': 'Breakfast skipped. The multi names no amounts: unknown.'},
{'id': 'p4d21', 'locale': 'en-GB', 'text': f'''
veggie since jan. 8.30 [2 linda mccartney sausages|41810400@1 link*4;vegetarian sausage (~50 g each) -> meatless breakfast link; 2 sausages = 4 x the FNDDS 25 g link (coder estimate)] in [a white bap|51150000@1 medium/regular/sandwich size roll] with [a squirt of heinz ketchup|74401010@1 tablespoon]
[a mug of decaf tea|92302500@q+11112110*30]
lunch [heinz cream of tomato, the whole tin|74601010*400;Heinz tin 400 g] + [2 slices of buttered bloomer|51101050@1 medium or regular slice*2+81101000@Guideline amount per slice of bread/roll*2;bloomer = bakery white bread]
snack [3 oatcakes w brie|54102050@1 cracker*3+14103020@1 cubic inch*2;oatcakes -> oat crackers 10 g; brie 2 cubic inches]
tea: [a veg curry from the freezer, a cup|75440600@1 cup] and [a sachet of microwave pilau|56205002@1 cup, cooked*1.5;250 g pouch ~ 1.5 cups]
[one glass of pinot blanc|93401020%175;UK glass 175 ml]
<vegan b12, 25µg|b12=25> and <D3 (vegan, lichen) 1000 IU|d=25>
''', 'note': 'Linda McCartney sausages coded as meatless links (4 x 25 g for two sausages).'},
{'id': 'p4d22', 'locale': 'en-GB', 'text': f'''
wembley, sunday. 10am [a masala dosa from the place on ealing road|58174100@1 medium] w [a little pot of coconut chutney|63409020@q;coconut chutney coded Chutney (approximation)] and [a mango lassi|11411100@1 cup*0.5+63129010@1 cup*0.25+91101010@1 teaspoon*2;no lassi code: 1/2 cup plain yoghurt + 1/4 cup mango + 2 tsp sugar (blended with water/ice)]
[2 cups of masala chai|92306800@1 cup*2]
lunch: [2 veg samosas|58124500@1 regular/large*2] and [three little onion bhajis|75440400@1 pakora*3;onion bhaji -> pakora]
tea at 8: [chana masala, a big ladle|72125500@1 cup;chana masala -> Channa Saag (chickpea curry; its spinach an approximation)], [2 chapatis|51300175@1 medium chappatti or roti (7")*2] and [a bit of plain yoghurt|11411100@1 4 oz container*0.5]
[one cobra, bottle|93101000%330;UK bottle 330 ml]
<vitamin d 4000 IU (drops, 1 drop)|d=100> and <one glycinate mag capsule (120 mg elemental on the tub)|mg=120>
''', 'note': 'Chai twice as one item (2 cups).'},
]
