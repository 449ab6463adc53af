AU = [
{'id': 'p4d23', 'locale': 'en-AU', 'text': '''
brekkie 7ish [smashed avo on sourdough w a poached egg|51107040@1 large or thick slice+63105010@1 fruit*0.5+31103010@1 egg;no sourdough code: toasted French/Vienna bread, thick slice; half an avocado; poached egg] and [a magic, the melbourne thing, double ristretto w milk|92101900#5;a magic ~ 5 fl oz (160 ml cup) of ristretto and steamed milk: latte code at 5 fl oz]
smoko 10: [one homemade anzac|53233000@1 medium;Anzac biscuit -> oatmeal cookie, medium]
lunch 12.30: [a chicken schnitty roll|24198677@1 fillet*0.75+51150000@1 large roll+83107000@1 tablespoon;schnitzel roll = 3/4 of a breaded chicken fillet (90 g) in a large soft roll with 1 tbsp mayo] + [lemon solo in a can|92410510%375;Solo lemon -> fruit-flavoured caffeine-free soft drink; AU can 375 ml]
arvo: [a gaytime from the servo freezer|13120140@1 bar;Golden Gaytime -> chocolate ice cream bar (toffee + honeycomb coating not separately coded)]
tea 6.30: [3 beef rissoles|27214100@1 small or thin slice*3;rissole = breaded beef mince patty -> Meat loaf made with beef (its additional description covers meatballs/patties); each rissole ~ the FNDDS small slice (86 g)], [buttery mash|71501010@q] and [peas n corn from the freezer, a cup|75224030@1 cup*0.5+75216120@1 cup*0.5;AU metric cup ~ FNDDS cup]
[two stubbies of great northern|93102000%750;Great Northern Original 4.2% -> light beer; 2 x 375 ml]
''', 'note': 'Rissoles coded 3 x 86 g (meat-loaf small slice as a patty-size portion); a coder using a smaller patty would read lower. No supplements.'},
{'id': 'p4d24', 'locale': 'en-AU', 'text': '''
6am tradie brekkie from the servo: [a bacon n egg roll w bbq sauce|34001120@1 regular+74406010@1 tablespoon;bacon and egg roll -> egg sandwich with meat (on bun or roll) + 1 tbsp barbecue sauce] and [a 600ml dare iced coffee|92102450%600;Dare carton -> pre-lightened and pre-sweetened iced coffee, 600 ml]
smoko [scotch finger bikkies x2|53239000@1 small*2;Arnott's Scotch Finger -> shortbread cookie; coded small (20 g) each]
lunch: [one chiko roll from the bain marie|58110130@1 egg roll*2.5;Chiko Roll ~160 g -> egg roll with beef/pork, 2.5 x 64 g] and [chips w chicken salt, small|71401031@1 small fast food order]
[a bottle of powerade mountain blast 600ml|95320500%600]
tea: [lamb chops, 3 of em off the bbq|23101000@1 chop, any size*3], [some greek salad, a small bowl|75146000@q*0.5] and [a buttered bread roll|51150000@1 medium/regular/sandwich size roll+81101000@Guideline amount per slice of bread/roll]
[4 schooners of tooheys new at the pub|93101000%1700;AU schooner 425 ml x 4]
<2 of the aldi electrolyte fizz tabs (tube says 280mg sodium + 160mg potassium per tab)|na=560,k=320;stated x2>
''', 'note': 'Schooner 425 ml. Electrolyte tablets at the stated label amounts.'},
{'id': 'p4d25', 'locale': 'en-AU', 'text': '''
8am [2 weet-bix bites, the apricot ones, about a cup|57214000@1 cup;Weet-Bix Bites (filled wheat biscuit bites) -> flavoured shredded wheat, 1 cup] w [lite milk|11112110@1 cup*0.5;AU lite milk -> 2% (reduced fat)]
[a long mac topped up|92101900#6;long macchiato topped up with milk ~ 6 fl oz latte]
lunch: [a banh mi from the bakery, pork|27560630@q;no banh mi code: Italian-style sub sandwich (approximation: meats on a roll)] and [a mango, cut up|63129010@1 mango]
made the kids fairy bread for the party, didnt have any myself
arvo [macas, about a handful|42109100@1 oz;handful = 1 oz]
tea at 7, [a big bowl of laksa from the food court|58407034*490;no laksa code: ramen bowl NFS (noodle soup) at 2 cups (490 g), approximation for a curry-coconut broth] 
[bundy & coke, 1 can|93301190%375;Bundaberg rum and cola premix -> rum and cola, AU can 375 ml]
''', 'note': 'Fairy bread made for the children is not intake. Laksa approximated by a ramen bowl. No supplements.'},
{'id': 'p4d26', 'locale': 'en-AU', 'text': '''
7.30 [uncle tobys quick oats, a sachet, w milk|56203066@q;oats sachet with milk -> oatmeal made with milk, QNS cup] and [a cup of english breakfast w milk|92302000@q+11100000*30]
[toasted banana bread w butter, a piece|52405010@1 slice*2+81101000@1 pat;AU cafe banana bread slice is thick: 2 x the FNDDS slice (41 g) + 1 pat butter]
lunch [2 salmon avocado hand rolls|58151200@1 piece*4;AU sushi hand roll ~ 2 pieces of maki each]
[a kombucha, the remedy can|92306920%250;Remedy kombucha can 250 ml]
tea: [bbq chook, a leg and a bit of breast|24132240@1 leg+24122170@1 small or thin slice*2;rotisserie chicken leg + 2 thin slices breast, skin eaten], [mums potato bake|71305015@q;potato bake -> scalloped potatoes, QNS] and [coleslaw from the tub|75141000@q]
[two caramel koalas|91705010@1 fun/snack size*2;Caramello Koala 15 g -> chocolate candy, fun size]
tried an oyster at dinner, spat it straight out
<magnesium orotate 400mg (label says 31mg elemental per tab), 2 tabs|mg=62;stated elemental amount x2> 
''', 'note': 'The oyster was spat out: not intake.'},
{'id': 'p4d27', 'locale': 'en-AU', 'text': '''
xmas day in brissie, stinking hot. 8am [a bowl of mango cheeks w greek yoghurt|63129010@1 mango+11411400@1 cup*0.5;two mango cheeks = 1 mango; 1/2 cup Greek yoghurt]
[a cuppa w a dash of milk|92302000@q+11100000*30;AU: tea + 30 g milk (Milk NFS)]
lunch at mums 1pm: [12 king prawns (peeled them at the table)|26319130@1 prawn*12], [3 slices of the glazed leg ham|22311000@1 regular/thin slice*3;glazed leg ham -> Ham (sliced), thin slices], [mums potato salad (with egg through it)|71603010@q] and [a cob of corn, no butter|75216120@1 regular ear]
[sav b, 2 glasses|93401020%300;AU wine glass 150 ml x 2]
arvo: [a slice of nans christmas pudding w custard|53110000@q*0.5+13210300@1 cup*0.25;plum pudding -> fruit cake, half the QNS slice; 1/4 cup custard] and [about 10 cherries|63115010@1 cherry*10;handful = 10 cherries]
[a paddle pop, rainbow|13120050@1 bar;Paddle Pop -> vanilla ice cream bar]
<half of my calcium tab (its the 600mg calcium + 400iu D one)|ca=300,d=5;half of 600 mg Ca + 400 IU (10 ug) D> only, forgot the magnesium
''', 'note': 'Forgotten magnesium is not intake. Only half the calcium+D tablet counted.'},
{'id': 'p4d28', 'locale': 'en-AU', 'text': '''
uni day. 9am [ham n cheese croissant from the cafe|51166000@1 medium croissant+25230210@1 slice, NFS+14104100@1 slice;croissant + 1 slice deli ham + 1 slice cheddar]
[a large iced latte w skim|92102501@1 medium;AU large takeaway ~16 fl oz = FNDDS medium, nonfat iced latte]
lunch 1pm at guzman y gomez: [chicken burrito, the normal size|58102540@1 large;GYG burrito (rice, beans, cheese) is large: FNDDS large 330 g] + [a lil bag of corn chips|54401075@1 small single serving bag] + [pepsi max can|92410320%375;Pepsi Max -> diet cola, AU can 375 ml]
[smiths original, the 45g packet|71200010*45;AU chips packet 45 g, plain]
tea at 10pm: [maggi 2 minute noodles, chicken|58407030@1 oz, dry, yields*2.54;Maggi packet 72 g dry = 2.54 oz; FNDDS 1 oz dry yields 165 g] with [an egg fried on top|31105030@1 egg]
[a glass of tap water w it|94000100@1 cup]
''', 'note': 'No supplements.'},
{'id': 'p4d29', 'locale': 'en-AU', 'text': '''
7am [fruit toast, 2 slices w butter|51129020@1 medium or regular slice*2+81101000@Guideline amount per slice of bread/roll*2] and [a white coffee, instant|92103000@1 cup (8 fl oz)*1.04+11100000*30;AU mug 250 ml = 1.04 x 8 fl oz instant coffee + 30 g milk]
lunch in town: [a pie floater|27317010*175+41602050@1 cup;Adelaide pie floater = meat pie (Four'N Twenty-size 175 g as in prose-v3) sitting in a cup of pea soup] w [a squeeze of sauce (tomato)|74401010@1 tablespoon]
[4 fruchocs|91705010@1 piece*4;Fruchocs -> chocolate candy, 8 g pieces]
dinner 6: [3 slices off the lamb roast|23000100@1 piece/slice, any size*3], [roast pumpkin, 2 chunks|73201020@1 cup*0.5;2 chunks ~ 1/2 cup cooked pumpkin], [three spuds done in the roasting tin|71104070@1 baby potato*3] and [beans, the long green ones|75205030@q]
[a glass of barossa shiraz|93401010%150;AU glass 150 ml]
<magnesium 150mg + calcium 300mg combo tab|mg=150,ca=300;stated amounts>. rubbed voltaren into my knee too
''', 'note': 'Voltaren gel on the skin is not intake. Pie at 175 g.'},
{'id': 'p4d30', 'locale': 'en-AU', 'text': '''
darwin, build season and sweating buckets. 5.30am [fried eggs x2 on white toast|31105030@1 egg*2+51101010@1 medium or regular slice*2;eggs on toast = fried eggs on white toast, no butter written]
smoko 9 at the servo: [a sausage roll w sauce|27560350@1 pig in blanket+74401010@1 tablespoon;sausage roll -> pig in a blanket (prose-v3); tomato sauce = ketchup] and [a 600ml oak chocolate milk|11511000%600;Oak 600 ml -> chocolate milk NFS]
lunch: [a ham & salad roll from the lunch bar|27520210@q+75143000@q*0.5;ham sandwich on a white roll + a little salad]
[2 litres of water out of the esky jug through the day|94000100%2000]
arvo [a pine lime splice|91611000@1 single stick*1.5;Splice (ice-cream centre, icy coating ~ 75 g) -> popsicle, 1.5 single sticks (approximation)]
tea: [nandos quarter chook, leg, hot|24132240@1 leg;Nando's quarter leg -> rotisserie leg (drumstick + thigh), skin eaten], [peri chips, regular|71401031@1 medium fast food order;Nando's regular chips ~ medium order] and [corn on the cob w butter|75216120@1 regular ear+81101000@1 pat]
[a 375ml can of xxxx summer|93102000%375;XXXX Summer Bright -> light beer]
<salt tabs, 2 from the first aid kit (600mg sodium chloride each = 236mg sodium)|na=472;stated sodium x2>
''', 'note': 'Splice is an approximation.'},
{'id': 'p4d31', 'locale': 'en-AU', 'text': '''
vego. 7.45 [bircher muesli w grated apple, a cup|57227000@1 cup*0.5+11431000@1 4 oz container*0.5+63101000@1 small*0.5;no bircher code: 1/2 cup muesli (granola code, "Mueslix") soaked in half a 4 oz fruit yoghurt + half a small grated apple]
[soy cap, small|92161002@1 cup (8 fl oz);cappuccino with soy milk; AU small cup ~ 8 fl oz]
lunch at the market: [a spinach n cheese gozleme|58124250@1 regular/large*2;no gozleme code: spanakopita (spinach-cheese pastry) x 2 regular pieces = 240 g (approximation)] and [a fresh oj|61210010%250;freshly squeezed orange juice, AU cup 250 ml]
[a few dried apricots|62104100@1 slice/chunk*3;a few = 3 dried apricot halves (8 g each)]
dinner: [a bowl of red lentil dahl|41305050@1 cup] over [basmati, a cup|56205002@1 cup, cooked] and [some raita|11411390*60;raita -> Greek plain yoghurt 60 g (coder: 1/4 cup)]
[chai on oat, takeaway cup|92306800@1 cup*1.04;chai latte -> hot tea with milk (prose-v3 approximation), AU cup 250 ml]
<b12, 500 micrograms|b12=500> and <one ferro-grad C|fe=105;brand: Ferro-Grad C published label per tablet 325 mg ferrous sulfate = 105 mg elemental iron (+ 500 mg vitamin C, not tracked)>
''', 'note': 'Ferro-Grad C uses the manufacturer label (no amount in the text). Gozleme approximated as spanakopita.'},
{'id': 'p4d32', 'locale': 'en-AU', 'text': '''
hobart, freezing. 8am [honey crumpets, 2|51186010@1 crumpet*2+91302010@1 tablespoon;honey 1 tbsp, no butter written] and [long black, regular|92101610@1 espresso cup (2 fl oz)*2;long black = double espresso over water (prose-v2: 2 espresso cups, 120 g)]
lunch: [a curried scallop pie from the bakery|27317010*175;no scallop pie code: beef pot pie at the 175 g AU pie weight (approximation for a seafood curry pie)]
[a lamington from the cake stall|53118100@q+42106020@1 cup*0.1;lamington = sponge cake piece (65 g) + ~8.5 g desiccated coconut; chocolate icing not separately coded]
[a hot choc, the big one|11512005@1 cup*1.5;big mug ~ 375 ml]
tea: [scotch fillet steak off the bbq|21101170@1 thin;scotch fillet = ribeye; thin steak 180 g], [oven chips, half the tray|71401020@q*1.5;half a tray = 1.5 x QNS] and [garden salad, a small serve|75143000@q*0.5]
[two cascade draughts|93101000%750;2 x 375 ml stubbies]
<a scoop of magnesium powder in water (tub says 300mg elemental per scoop)|mg=300;stated>, plus soaked in a bath w epsom salts
''', 'note': 'Epsom salt bath is not intake.'},
{'id': 'p4d33', 'locale': 'en-AU', 'text': '''
28 wks pregnant. 7am [vegemite toast, 2 slices, wholemeal w butter|51300110@1 medium or regular slice*2+81101000@Guideline amount per slice of bread/roll*2+75236500@1 teaspoon*2;wholemeal toast (untoasted weight code), butter 7 g a slice, 2 tsp Vegemite]
[a glass of milk, full cream|11111000@1 cup*1.04;AU glass 250 ml]
10am [vaalia (150g tub)|11431000@1 6 oz container*0.88;Vaalia tub 150 g -> whole-milk fruit yoghurt at 150 g (0.88 x 6 oz)]
lunch [sushi train, 3 plates: salmon nigiri x2 + cali roll x2 + tuna roll x2|58151420@1 piece*2+58151180@1 piece*2+58151220@1 piece*2;3 plates of 2 pieces: salmon nigiri (topped sushi) + California roll + tuna roll]
[a gingerbeer, bundy brand|92410610%375;no ginger beer soft-drink code: ginger ale, AU bottle 375 ml]
tea: [one bowl of spag w mince sauce|58146322@1 cup*1.5;bowl = 1.5 cups] w [a sprinkle of parmesan|14108010@1 tablespoon]
[a couple of mint slice bikkies|53209010@1 wafer*2;Mint Slice -> chocolate-covered cookie (approximation), 2 x 15 g]
<my elevit|;prenatal multivitamin, no amounts stated: unknown, not zero> and <a 150mcg iodine tab|;iodine is not a tracked nutrient>
''', 'note': 'Elevit has label amounts, but none are stated; coded unknown.'},
]
