TA = '92302000@q+11100000*30'   # AU tea with milk: QNS tea 360 g + 30 g Milk NFS
WC = '92101000@q+11100000*30'   # AU white coffee
MC = 1.0566                      # AU metric cup 250 ml / US cup 236.6 ml
AU = [
{'id': 'p3d23', 'locale': 'en-AU', 'text': f'''
on the tools by 6 so brekkie at 5:30 was [a bacon and egg roll from the servo|34001120@1 regular;bacon & egg roll -> egg sandwich with meat on white roll] and [a 600ml farmers union iced coffee from the fridge|92102450%600;carton iced coffee -> pre-lightened and pre-sweetened iced coffee (foods-v3)]
smoko at 9:30, [a four n twenty pie with sauce|27317010*175+74401010@1 tablespoon;AU meat pie 175 g (foods-v1) + 1 tbsp tomato sauce]
lunch [chicken and salad roll from the bakery|27540121@1 regular;chicken salad roll coded chicken salad sandwich on wheat] and [a can of solo, ice cold|92410510%375;Solo = lemon soft drink; AU can 375 ml]
knocked off at 3:30, had [3 stubbies of xxxx gold, the mid strength|93102000%1125;XXXX Gold (mid-strength) coded light beer; 3 x 375 ml] with the boys
tea was [3 lamb chops off the barbie|23101000@1 chop, any size*3], [a pile of mash|71501010@q] and [peas and corn|75224022@q*0.5+75216111@q*0.5;half a serve each]
<swisse mens multi|;no amounts stated: unknown, not zero> and <2 x blackmores magnesium (says 150mg magnesium each)|mg=300;stated amount x2> before bed
''', 'note': 'Swisse multi has no stated amounts: nutrients {}. The Blackmores tablets count only the amount the person states.'},
{'id': 'p3d24', 'locale': 'en-AU', 'text': f'''
7am at the cafe near work: [smashed avo with feta crumbled on 2 slices of sourdough|51133020@1 medium or regular slice*2+63105010@1 fruit*0.5+14104400@q;smashed avo = half an avocado; feta QNS 21 g] and [a large full cream flat white to go|92101900@1 small;AU large flat white ~ 12 fl oz]
10:30 [a piccolo from the little cart|92101900*100;piccolo = latte 100 g (prose-v2)] at my desk
lunch was [3 sushi hand rolls, salmon avo|58151100@1 piece*9;hand roll ~ 3 FNDDS sushi pieces (90 g) each] from the food court + [a 500ml mount franklin|94100100@1 bottle (16.9 fl oz or 500 ml)]
arvo [three tim tams, dont judge|91705080*54;Tim Tam 18 g each -> Chocolate candy, cookie filled (foods-v3)]
dinner [green curry with chicken|27146150@q;Thai green curry -> Chicken curry] on [about a cup of steamed jasmine rice|56205001@1 cup, cooked*{MC};AU metric cup 250 ml]
[one glass of marlborough sav blanc|93401020%150;AU wine glass 150 ml]
<2 caps of magnesium glycinate, 400mg total|mg=400> + <vit D 1000 IU at night|d=25>. gargled salt water for a mouth ulcer and spat it out
''', 'note': 'Salt-water gargle spat out: not intake.'},
{'id': 'p3d25', 'locale': 'en-AU', 'text': f'''
Saturday. Brekkie at 8 was [3 weet-bix with milk and a sliced banana|57417000*50.1+11100000@1 cup*0.5+63107010@q;Weet-Bix 16.7 g each (foods-v1) x3, milk on cereal 1/2 cup Milk NFS, banana]
Bunnings run at 11 so obviously [a sausage sizzle, snag in bread with onion and tomato sauce|25221405@1 bun-size or griller link+51101000@1 medium or regular slice+75221021@1 slice*2+74401010@1 tablespoon;snag = bun-size sausage 75 g, 1 slice white bread, 2 slices fried onion, 1 tbsp sauce] and [a can of coke from the esky|92410310%375;AU can 375 ml]
Arvo at the park we shared a bowl of hot chips with the kids, I had [maybe half the bowl of chips|71401031@q*0.5;half of QNS]
Dinner at 6:30: [a big bowl of spag bol|56130000@1 cup*1.5+27162040@1 cup*0.75;spag bol big bowl = 1.5 cups pasta + 3/4 cup meat sauce (foods-v3)] with [2 bits of garlic bread|51121015@1 small slice*2] and [another coke, can|92410310%375]
[a scoop of vanilla ice cream for dessert|13110100@1 scoop]
''', 'note': 'Coke drunk twice. Only half the shared chips counted. No supplements.'},
{'id': 'p3d26', 'locale': 'en-AU', 'text': f'''
7:15 [bircher muesli with greek yoghurt|57227000@1 cup*0.5+11411390@q;bircher coded granola 1/2 cup + Greek yoghurt QNS] and [a soy latte|92101903@1 cup (8 fl oz);AU regular latte 8 fl oz, soy -> non-dairy]
11am [a slice of banana bread, toasted with butter|52405010@1 slice+81101000@1 pat]
lunch 1pm [pumpkin and feta salad|73201020@q+14104400@q+75143000@q;roast pumpkin QNS + feta QNS + salad QNS] from the place on smith st
4pm [a chai latte, not too sweet|92306800@1 small;chai latte -> hot tea with milk (masala chai), 12 fl oz] and [a handful of salted cashews from the jar|42104100@1 oz;handful = 1 oz]
dinner [dal with rice|41311040@q;lentil curry with rice] and [a paratha|51300185@1 paratha]
[peppermint tea before bed|92306000@q;herbal tea]
<one b12 (1000mcg)|b12=1000> and <iron 24mg, the gentle one|fe=24> with lunch
'''},
{'id': 'p3d27', 'locale': 'en-AU', 'text': f'''
stinker of a day, 38 in brissie
6am [a mango over the sink|63129010@1 mango] and [a long black from the drive thru|92101610@1 espresso cup (2 fl oz)*2;long black = 2 espresso cups (prose-v2)]
9:30 [a vanilla up&go|95102000%250;Up&Go 250 ml -> RTD Carnation Instant Breakfast (foods-v3)]
lunch at the pub: [chicken parmi|27146300@q;parmi -> chicken parmigiana] with [a side of chips|71401031@q] and [some salad on the side|75143000@q], [a schooner of great northern|93101000%425;schooner 425 ml]
arvo drank heaps of water, [about 1.5L from my bottle|94000100%1500] and [another mango, couldnt help it|63129010@1 mango]
tea was [a dozen king prawns, peeled|26319130@1 large/jumbo shrimp*12;king prawns, steamed or boiled, large 15 g each] and [a white bread roll and butter|51150000@1 medium/regular/sandwich size roll+81101000@1 pat] with [a wedge of rockmelon|63109010@1 medium wedge/slice]
<hydralyte tablet, says 230 mg sodium 190 mg potassium|na=230,k=190;amounts as stated> in the arvo and <one 150mg citrate magnesium|mg=150> at bedtime
''', 'note': 'Mango eaten twice (6am and in the arvo).'},
{'id': 'p3d28', 'locale': 'en-AU', 'text': '''
no brekkie, running late again
11ish [a sausage roll from the bakery near the station|27560350@1 pig in blanket;sausage roll -> pig in a blanket (foods-v1)] and [a big 600ml choc milk, the oak one|11511000%600]
no lunch either tbh
maccas on the way home at 6: [big mac meal with a coke no sugar|27510389@q+71401030@1 medium fast food order+92410320@1 medium drink;Big Mac meal = Big Mac + medium fries + medium drink (coke no sugar coded diet cola)]
10pm [4 steamed dim sims from the fish and chip shop|58112510@1 item, any size*4;dim sim -> steamed dumpling with meat, 25 g each] with [soy sauce|41420300@1 tablespoon]
[a warm cup of milo|11526000@1 cup*1.0566;Milo -> malted milk (foods-v1); AU metric cup] before bed
was meant to take my magnesium but forgot, again
''', 'note': 'Breakfast and lunch skipped. The forgotten magnesium is not intake: no supplements.'},
{'id': 'p3d29', 'locale': 'en-AU', 'text': f'''
gym at 5:45, then at 7 [protein oats, half a cup of oats with a scoop of whey and water|56203056@1 cup, dry, yields*0.5+95201200@1 scoop EAS Whey;1/2 cup dry oats made with water + 1 scoop whey]
8:30 [an original size mango magic from boost|64134030@1 medium*0.7;Boost original ~ 610 ml: 0.7 x FNDDS medium smoothie (864 g) = 605 g; no-dairy smoothie code]
lunch [poke bowl with salmon, rice, edamame and avo|26137100@q+56205190@1 cup, cooked+63105010@q;poke = raw salmon QNS + 1 cup sushi rice + avocado QNS (edamame not coded)]
3pm [2 rice crackers with cottage cheese|54318500@1 cake*2+14204010@q*0.5;rice cracker = FNDDS rice cake; 1/2 QNS low fat cottage cheese]
dinner [chicken and veg stir fry with hokkien noodles|24103060@q+75340020@1 cup+56112000@1 cup, cooked;stir fry = grilled chicken QNS + stir-fry veg 1 cup + egg noodles 1 cup]
[a can of diet coke, 375|92410320%375;AU can 375 ml]
<magnesium, 300mg worth|mg=300>, <vitamin D, one 1000 IU cap|d=25>, <2 fish oil caps|;no tracked nutrient> and <caltrate 600mg calcium|ca=600;stated amount> with dinner
'''},
{'id': 'p3d30', 'locale': 'en-AU', 'text': f'''
Brekkie at 7: [porridge with brown sugar|56203066@q+91102010@1 teaspoon, NFS*2;porridge with milk, 2 tsp brown sugar] and [a cup of tea, milk in first|{TA}].
Morning tea at 10, [a homemade anzac biscuit|53233000@1 medium;Anzac -> oatmeal cookie] and [another cuppa with the neighbour|{TA}].
Lunch, [a ham and cheese toastie in the sandwich press|27520220@1 regular;toastie -> ham sandwich on white with cheese].
Dinner at 5:30 was [roast lamb, 3 slices off the leg|23000100@1 piece/slice, any size*3], [a couple of pieces of roast pumpkin|73201020@q], [2 roast spuds|71104070@1 baby potato*2;roast potato pieces at the FNDDS baby potato weight (60 g)] and [gravy from the pan|28500040@q].
[a glass of shiraz with dinner|93401010%150;AU glass 150 ml].
Supper: [2 sao biscuits with cheese and tomato|54336000*25+14104100@1 cracker-size slice*2+74101000@1 slice*2;SAO coded water crackers at ~12.5 g each (250 g pack / ~20); cheddar 2 cracker-size slices; 2 tomato slices]
<my calcium 600mg + vitamin D 500IU tablet|ca=600,d=12.5> and <the 1000 IU ostelin capsule|d=25>.
''', 'note': 'Tea drunk twice.'},
{'id': 'p3d31', 'locale': 'en-AU', 'text': '''
woke up at 11 so skipped brekkie
12 [a packet of 2 minute noodles, chicken flavour|58407030@1 oz, dry, yields*2.61;Maggi packet 74 g dry = 2.61 oz dry] and [a can of monster|95310400@1 can or bottle (16 fl oz);AU Monster can 500 ml ~ 16 fl oz]
arvo in the library [a handful of pizza shapes out of the box|54301020*28.35;Shapes -> flavoured butter crackers; handful = 1 oz]
dinner at a mates at 7: [2 slices of supreme from dominos|58106725@1 piece, large pizza*2;supreme = meat and vegetables, medium crust, large pizza slices]
then [3 glasses out of the goon bag|93401020%450;cask white wine, AU glass 150 ml x3] and [a whole packet of cheese twisties|54401055*45;AU chips packet 45 g; Twisties -> cheese flavoured corn snacks]
2am on the way home [a lamb kebab w garlic sauce|27516010@q;kebab -> gyro sandwich]
''', 'note': 'Breakfast skipped. No supplements.'},
{'id': 'p3d32', 'locale': 'en-AU', 'text': '''
beach day!! 7am from the bakery [a ham and cheese croissant|51166000@1 large croissant+25230210@1 slice, NFS+14104100@1 slice;croissant + 1 slice deli ham + 1 slice cheddar] and [an iced latte, regular size|92102500@q]
slapped on heaps of sunscreen, reapplied at 11, not that it counts lol
lunch at the kiosk [a piece of flake and chips|26109140@1 small/regular fillet+71401031@q;flake (gummy shark) coded fried cod; chips QNS]
[a calippo|91611000@q;Calippo -> popsicle]
[2 stubbies of coopers pale|93101000%750;AU stubby 375 ml x2] in the arvo and <an electrolyte sachet in my water bottle (label says sodium 390mg, potassium 270mg, magnesium 20mg)|na=390,k=270,mg=20;amounts as stated>
bbq for tea: [2 beef snags, each in a slice of bread|25220105@1 bun-size or griller link*2+51101000@1 medium or regular slice*2], [a scoop of coleslaw|75141000@q] and [a slice of pav with cream and passionfruit|32401000@1 meringue*2+12140000@q+63134010@1 fruit;pavlova slice = 2 meringues + whipped cream QNS + 1 passionfruit]
''', 'note': 'Sunscreen is not intake.'},
{'id': 'p3d33', 'locale': 'en-AU', 'text': f'''
brekkie 6:45, [2 slices of wholemeal toast, butter and a scrape of vegemite|51300120@1 medium or regular slice*2+81101000@Guideline amount per slice of bread/roll*2+75236500@1 teaspoon*2] and [a regular flat white|92101900@1 cup (8 fl oz)]
lunch [a wrap with tuna and salad from the servo|27550755@q]
arvo [a mandarin, the easy peel kind|61125010@q] + [a handful of roasted salted almonds|42101110@1 oz]
dinner was [a homemade burger with the lot, beetroot pineapple and a fried egg|27510631@1 hamburger+75208013@1 slice*2+63141010@1 slice+31105005@q;burger with the lot = hamburger + 2 slices canned beetroot + 1 pineapple ring + fried egg]
[a bundaberg ginger beer, can|92410610%375;Bundaberg ginger beer -> ginger ale; 375 ml]
[a golden gaytime on the couch|13120100@1 bar;Golden Gaytime -> ice cream bar, coated]
<2 mag tablets (says 100mg each)|mg=200;stated amount x2> and <b12 sublingual 1000mcg|b12=1000>
'''},
]
