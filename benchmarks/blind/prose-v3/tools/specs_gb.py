T = '92302000@q+11112110*30'   # UK tea with milk: QNS tea 360 g + 30 g semi-skimmed (coded 2%)
GB = [
{'id': 'p3d12', 'locale': 'en-GB', 'text': f'''
6am on site, [bacon butty, 2 rashers in a white bap|51150000@1 medium/regular/sandwich size roll+22501010*46;2 rashers UK back bacon = Canadian bacon 2 x 23 g (foods-v1); bap = soft white roll] with [brown sauce|74406100@1 tablespoon;HP brown sauce coded Steak sauce] and [a builders brew w 2 sugars|{T}+91101010*8.4;2 sugars = 2 x 4.2 g]
10ish [a cornish pasty from the van|27317010@1 individual pie;pasty -> beef pot pie (foods-v1), individual pie]
dinner break 12:30, tesco meal deal: [chicken and bacon sandwich|27580030@1 regular;two meats on brown -> Multiple meat sandwich on wheat], [quavers|54401055*16;Quavers 16 g bag coded cheese flavoured corn snacks (potato-based, approximation)] and [a 500ml coke zero|92410320@1 bottle (16.9 fl oz or 500 ml)]
3pm [another brew, same again|{T}+91101010*8.4] and [2 of the choc hobnobs|54102020*38;chocolate Hobnob -> Graham crackers, chocolate covered at 19 g each (foods-v3)]
tea at 6 was [sausage and mash, 2 sausages|25221405@1 bun-size or griller link*2+71501010@q;UK bangers coded pork sausage, bun-size link 75 g] with [onion gravy from granules|28500040@q] and [garden peas|75224022@q]
then [2 pints of carling at the local|93101000%1136;UK pint 568 ml]
<my daily 10 microgram vitamin D|d=10> in the morning
''', 'note': 'Tea (brew) drunk twice.'},
{'id': 'p3d13', 'locale': 'en-GB', 'text': f'''
7:30 [a bowl of oats i cooked in semi skimmed|56203066@q;porridge with milk -> oatmeal made with milk, QNS] and [a spoon of golden syrup|91301030@1 tablespoon;golden syrup -> corn syrup (nearest sugar syrup)]
[flat white from the pret by the station|92101900@1 cup (8 fl oz);flat white -> latte 8 fl oz (foods-v1)] on the walk in
elevenses: [a little satsuma|61125010@q] and [two ginger nuts|53223000@1 small*2;ginger nut -> gingersnap, small]
lunch at 1, [jacket spud with tuna mayo from the canteen|71508001@q+27450060@q;jacket potato = baked potato with peel; tuna mayo = tuna salad made with mayonnaise] + [a bit of side salad|75143000@q*0.5]
[a 2 finger kitkat|91705080*20.7;Kit Kat 2-finger label 20.7 g] at 3
tea was a takeaway at 7:30, [a chicken korma, mild obvs|27146150@q;korma -> Chicken curry (no korma code)], [pilau rice, the usual tub|56205002@q;pilau -> white rice made with oil] and [half a peshwari naan|51108100@1 Naan*0.5;peshwari naan coded plain naan]
[large glass of pinot grigio|93401020%250;UK large glass 250 ml]
<200 mg of the citrate form of magnesium|mg=200> and <one calcichew d3 forte|ca=500,d=10;brand: Calcichew-D3 Forte published label per chewable tablet 500 mg calcium (as carbonate) + 400 IU (10 ug) vitamin D3> after tea, then a long soak with magnesium flakes in the bath
''', 'note': 'Magnesium flakes in the bath are not intake: not listed. Calcichew amounts are the maker\'s published label.'},
{'id': 'p3d14', 'locale': 'en-GB', 'text': '''
slept right through breakfast
1pm [chicken and mushroom pot noodle|58407030@1 individual container;Pot Noodle coded instant ramen cup] + [a can of full fat irn bru|92410550%330;Irn-Bru -> fruit-flavoured caffeinated soft drink; UK can 330 ml]
4ish [a packet of walkers cheese n onion|71200140*25;UK packet 25 g]
made fish finger butties for my flatmate but didnt have one myself
tea at 8: [6 fish fingers out the freezer|26100270@1 stick*6], [a tray of oven chips|71401020@q] and [half a tin of beans|41201020*207.5;UK tin of baked beans 415 g, half]
[a pint glass of orange squash, weak|92550620%568;UK squash is mostly no-added-sugar: Fruit flavored drink, diet; pint glass 568 ml]
midnight snack: [2 slices of toast with marmite|51101010@1 medium or regular slice*2+75236500@1 teaspoon*2;butter not stated: not coded]
''', 'note': 'Breakfast skipped. The fish finger sandwiches made for the flatmate are not intake. No supplements.'},
{'id': 'p3d15', 'locale': 'en-GB', 'text': f'''
lazy sunday. 10am [two dippy eggs|31103010@1 egg*2] with [toast soldiers from one slice|51101010@1 medium or regular slice;butter not stated: not coded] and [a cup of tea in bed|{T}]
roast at 2: [roast chicken, mostly breast|24122131@q;breast, skin not eaten, QNS], [four crispy roasties|71104070@1 baby potato*4;roastie = roasted in oil, each piece at the FNDDS baby potato weight (60 g)], [2 yorkshire puds|52311010@1 popover*2;Yorkshire pudding -> popover], [roast carrots and parsnips|73102211@q+75222020@q], [loads of gravy|28500000@1 cup*0.5;chicken gravy, loads = 1/2 cup] and [sage and onion stuffing|51182010@q]
pudding: [apple crumble my mum made, custard on top|53415100@q+13210300@q;crumble -> apple crisp]
about 8 I picked at [a couple more cold roasties out of the tin|71104070@1 baby potato*2]
[cheddar on water biscuits|14104100*28.35+54336000@1 cracker*4;cheddar 1 oz, 4 water biscuits] with [a glass of the rioja|93401010%175;UK glass 175 ml]
took <a vitamin d3 tablet (1000iu)|d=25> and <omega 3 fish oil|;no tracked nutrient>
''', 'note': 'Roast potatoes eaten twice (lunch, then 2 cold ones in the evening).'},
{'id': 'p3d16', 'locale': 'en-GB', 'text': f'''
Breakfast at 7 - [bran flakes, one bowl, semi-skimmed on|57207000@1 cup+11112110@1 cup*0.5;bowl = 1 cup cereal + 1/2 cup milk].
Half 10 - [2 crumpets dripping with butter|51186010@1 crumpet*2+81101000@1 pat*2] and [a cuppa at my desk|{T}].
Lunch - [cheese and branston sarnie on brown|14640010@1 sandwich+75503020@Guideline amount on regular sandwich;Branston-type pickle coded pickle relish] and [a pink lady apple from the bowl|63101000@q].
Chippy tea at 6 - [cod and chips|26109140@1 small/regular fillet+71401031@1 large fast food order;chippy chips = large order], [a tub of mushy peas|75224021@q;mushy peas -> green peas] and [a can of dandelion and burdock|92410710%330;dandelion & burdock -> root beer (nearest)].
Rubbed deep heat into my calf before bed, its been cramping all week.
<300mg of magnesium glycinate (2 caps)|mg=300> and <one b12, 1000µg|b12=1000> with breakfast.
''', 'note': 'Deep Heat on the skin is not intake.'},
{'id': 'p3d17', 'locale': 'en-GB', 'text': f'''
long day on the ward, 7 till 7:30
6am [toast and jam, 2 slices|51101010@1 medium or regular slice*2+91402000@Guideline amount per slice of bread/roll*2;butter not stated: not coded] + [tea, just milk|{T}]
10 on my break [a slightly bruised banana|63107010@q] and [a muller corner, the strawberry one|11431000*124;Muller Corner 124 g pot, coded whole milk fruit yogurt]
no proper lunch, ward was mental
4pm [a ham salad sandwich from the canteen|27520230@1 regular;on brown -> ham sandwich on wheat], [hula hoops|71200100*24;Hula Hoops 24 g bag coded plain potato chips] and [a treat size bag of buttons|91705010*14.5;Cadbury Buttons treat size 14.5 g, milk chocolate]
8:30 at home [beans on toast with grated cheese|41201020@1 cup*0.5+51101010@1 medium or regular slice*2+14104100*28.35;1/2 cup beans, 2 slices, cheddar 1 oz]
[one more tea before bed|{T}]
<a zero tab (says sodium 200 mg, potassium 75mg on the tube)|na=200,k=75;amounts as stated> in my water bottle
''', 'note': 'Lunch skipped (no item). Tea drunk twice.'},
{'id': 'p3d18', 'locale': 'en-GB', 'text': f'''
Breakfast at 8: [two slices of wholemeal toast with marmalade|51300120@1 medium or regular slice*2+91404000@Guideline amount per slice of bread/roll*2;butter not stated: not coded] and [the first cup of tea of the day|{T}].
Elevenses at the garden centre, [a fruit scone with jam and clotted cream|52105100@q+91402000@1 tablespoon+12130100@1 fl oz*0.5;clotted cream -> heavy cream 1 tbsp (15 g)] and [a pot of tea for one|92302000@1 medium+11112110*40;pot = medium (16 fl oz) + 40 g milk].
Lunch was [half a tin of heinz cream of tomato|74601010*200;UK tin 400 g (foods-v1), half] with [a soft white roll, buttered|51150000@1 medium/regular/sandwich size roll+81101000@1 pat].
Had [a wedge of homemade victoria sponge|53118100@q;Victoria sponge coded Cake, sponge (no filled-sponge code)] when my daughter visited.
Tea at 6: [a portion of cottage pie|27311510@1 cup;cottage pie -> shepherd's pie (foods-v3)] and [cabbage|75211020@q].
Supper: [a mug of horlicks made with milk|11526000@1 cup;Horlicks -> malted milk].
<my calcium tablet (600 mg, with D3 400 units)|ca=600,d=10> after tea.
'''},
{'id': 'p3d19', 'locale': 'en-GB', 'text': '''
6:15 [black filter coffee|92101000@q] then gym
8am [3 scrambled eggs on 2 slices of toast|32129990@1 egg*3+51101010@1 medium or regular slice*2]
11 [a protein shake, 1 scoop in semi skimmed|95201200@1 scoop EAS Whey+11112110@1 cup*1.2;whey powder 1 scoop; milk ~300 ml as a protein shaker]
lunch at nandos 1pm, [quarter chicken breast|24123300@1 medium breast;Nando's 1/4 breast -> grilled breast skin eaten], [a side of spicy rice|58161464@q;spicy rice -> tomato-based rice, fat added (brown-rice code is the only tomato-rice code)] and [regular peri chips|71401031@1 medium fast food order]
4pm [a grenade bar|53729000*60;no FNDDS Grenade code: Nutrition bar NFS at label weight 60 g]
tea at 7:30 [a rump steak, medium rare|21102150@1 regular;UK rump -> sirloin], [sweet potato wedges|73410340@q] and [tenderstem|72201211@q]
<a 250mg magnesium bisglycinate|mg=250>, <one zinc (15mg)|zn=15> and <D3 4000iu spray|d=100> before bed
'''},
{'id': 'p3d20', 'locale': 'en-GB', 'text': f'''
had a lie in. [one of those bacon and egg mcmuffins|34001320@1 regular] and [a hash brown from maccies|71404010@q] at half 10
skipped lunch, wasnt hungry after that
4pm [cuppa, one sugar|{T}+91101010*4.2] and [2 jaffa cakes from the box|53108200@1 miniature/bite size*2;Jaffa cake -> chocolate snack cake, miniature 15 g (prose-v2)]
friday curry at 7 from the indian: [chicken tikka masala|27146150@q;tikka masala -> Chicken curry], [a tub of pilau rice|56205002@1 cup, cooked], [a garlic naan|51108100@1 Naan], [one onion bhaji|75440400@q;onion bhaji -> pakora, QNS 48 g] and [2 poppadoms with mango chutney|41311000@1 papad*2+63409020@1 tablespoon]
[2 bottles of cobra|93101000%660;UK bottle 330 ml x 2]
[3 more jaffa cakes in front of the telly|53108200@1 miniature/bite size*3]
''', 'note': 'Lunch skipped. Jaffa cakes eaten twice (2 then 3). No supplements.'},
{'id': 'p3d21', 'locale': 'en-GB', 'text': '''
8am [peanut butter on 2 slices of granary toast|51301020@1 medium or regular slice*2+42202000@1 tablespoon*2;granary -> wheat toast; 1 tbsp pb per slice] with [a sliced banana on top|63107010@q]
[a regular oat latte|92101903@1 small;oat milk latte -> latte with non-dairy milk; regular = 12 fl oz]
lunch 12:30 [falafel wrap from the market|41901030@q] + [a 40g bag of kettle chips|71200100*40]
4pm [an apple and a chunk of cheddar|63101000@q+14104100*28.35;cheddar with no amount = 1 oz (prose-v2)]
tea at 7 [veggie chilli|41221020@q] with [some leftover basmati|56205001@q] and [a dollop of natural yoghurt|11411200@1 cup*0.125;dollop = 2 tbsp (1/8 cup)]
[glass of merlot|93401010%175;UK glass 175 ml]
<b12 spray (500µg per spray), 2 sprays|b12=1000>, <vitamin d 10µg tablet|d=10> and <one iron tab (14mg)|fe=14>
'''},
{'id': 'p3d22', 'locale': 'en-GB', 'text': f'''
up at 7, [a roll and 2 slices of square sausage|51150000@1 medium/regular/sandwich size roll+25221405@1 patty*2;Lorne square sausage slice coded pork sausage patty 35 g] and [tea, milky, with it|{T}]
[a wee can of diet irn bru|92410560%330] mid morning
lunch [a bowl of my gran's lentil soup|41603020@1 cup;Scottish lentil soup is made with ham stock -> lentil soup with meat] and [a bit of crusty bread|51153000@q]
3pm [a tunnocks teacake|53208000*24;Tunnock's teacake -> chocolate-covered marshmallow cookie at label 24 g]
tea at 6 [a plate of mince and tatties|21500100@q+71103010@q;mince = cooked ground beef QNS; tatties = boiled potatoes QNS] with [peas on the side|75224022@q]
9pm [a wee whisky and water|93301181@1 drink]
<one magnesium tab (oxide, 400mg)|mg=400;as written; if 400 mg is the oxide salt the elemental Mg is ~241 mg - ambiguous> and <vitamin d, the 25mcg one|d=25>
'''},
]
