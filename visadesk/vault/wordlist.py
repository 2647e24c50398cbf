"""A word list for generated bundle passphrases, and :func:`generate_passphrase`.

2628 common, short (3–8 letters), lowercase English words, written for VisaDesk: no offensive
or frightening words (no weapons, war, crime or illness - a passphrase is read aloud between
a volunteer and a family), no duplicates. Each word carries log2(2628) ≈ 11.36 bits.
"""

from __future__ import annotations

import math
import secrets

_WORDS = """
    abbey able absorb accent access account acid acorn acre across act active actor actual adapt
    add adjust admire adopt adult advance advice aerial aerobic afar affair afford after again
    age agenda agent agree ahead aid aim air airline airport aisle alarm album alcove alert
    algae alien alike alive alley almond alpha alpine already also alter amazing amber amend
    among amount ample amuse anchor ancient angel angle animal ankle answer ant anthem antique
    antler anvil anyone apart apple apricot april apron aqua arcade arch archer arctic area
    arena argue arise arm armchair armor aroma arrange arrive arrow art artist ash aside ask
    aspect aspen assist athlete atlas atom attend attic attract auction audio august aunt author
    auto autumn avenue average avocado avoid awake award axis axle baby bacon badge bag bagel
    bake baker bakery balance balcony bald ball ballad ballet bamboo banana band banjo bank
    banner banquet barber bargain barley barn baron barrel base basement basil basin basket bat
    batch bath battery bay beach beacon bead beagle beak beam bean bear beard bearing beast beat
    beaver become bed bedroom bee beef beetle begin behave behind being bell belong below belt
    bench benefit berry best better beyond bicycle big bike billion binder biology bird birth
    biscuit bison bit black blade blank blanket blaze blazer blend bless blimp blind blink bliss
    block blond bloom blossom blouse blue bluff blunt blur board boat body boil boiler bold bolt
    bone bonfire bonnet bonus book boost boot booth border borrow boss bottle bottom bounce
    bounty bowl box boxer bracket brain brake branch brass brave bread break breath breed breeze
    brew brick bride bridge brief bright bring brisk broad bronze brook broom brother brown
    brush bubble bucket buckle bud buddy budget buffalo buffet bugle build bulb bumper bunch
    bundle bunny burrow burst bus bush butler butter button buyer buzz cabbage cabin cable
    cactus cadet cafe cage cake calendar calm camel camera camp camper canal candid candle candy
    canoe canopy canvas canyon cap capital captain car caramel carbon card career careful cargo
    carol carpet carrot carry cart carve case cash cashew castle casual cat catalog catch cattle
    cause caution cave cavern cedar ceiling celery cell cellar cello cement central century
    ceramic cereal chain chair chalk chamber champion chance change channel chapel chapter
    charcoal charm chart charter chase cheap check cheek cheer cheese chef cherish cherry chess
    chest chick chief child chimney chin chip choice choir chorus chrome chunk cider cinema
    cinnamon circle circus citizen citrus city civic civil claim clam clap class classic clause
    claw clay clean clear clerk clever click cliff climate climb clinic clip clock close closet
    cloth cloud clover clown club clue cluster coach coast coastal coat cobalt cockpit cocoa
    coconut code coffee coil coin cold collar collect college color column comb combine comedy
    comet comfort comic command common compact compass concert condor confirm connect consul
    contest convoy cook cookbook cookie cool copilot copper copy coral cord cordial core corn
    corner correct costume cottage cotton couch cougar council count counter country couple
    courage course court cousin cover cow cowboy coyote cozy crab cracker cradle craft crane
    crayon cream create credit creek crew cricket crimson crisp critic crochet crop cross crowd
    crown crumb crust crystal cube cuckoo cuddle culture cup cupboard cupcake curator curious
    curl current cursor curtain curve cushion custom cutlery cycle cypress dairy daisy damp
    dance dancer dandy darling dash database dawn day dazzle deal debate debut decade decent
    decide deck declare decor decoy deep deer degree deliver delta denim dental dentist deposit
    depth deputy describe desert deserve design desk desktop dessert detail detect develop dew
    diamond diary diesel diet differ digit digital dinghy dinner direct discuss dish display
    distant dive divide dock doctor dog doll dollar dolphin domain donate donkey donut door dot
    double dough dove down dozen draft dragon drama draw drawer dream dress dresser drift drill
    drink drive driver drowsy drum duck duet dugout dune durable during dust duty dynamic eager
    eagerly eagle early earn earnest earth easel easily east eastern easy ebony echo eclipse
    ecology economy edge edible edition editor educate eel effect effort egg eight elastic elbow
    elder elegant element elevate eleven elite elk elm embassy ember emblem embrace emerald
    emerge emotion employ empower empty enable enamel end endless endorse energy enforce engage
    engine enhance enigma enjoy enlarge enough ensure enter entire entry envelope episode equal
    equator equip era erase errand escape espresso essay estate evening event ever evolve exact
    exam example exhibit exit expand expert explain explore express extend extra eye fabric
    fabulous facade face fact factory faculty fair fairway fairy faith fajita falcon fall family
    famous fan fancy fantasy farewell farm farmer fashion fast father fathom fault favor
    favorite feast feather fee feed feel feline fellow fence ferment fern ferry fertile festival
    fetch fever few fiber fiction fiddle fidget field fifteen fifty fig figure file fillet film
    filter final finance find fine finger finish fire fireman firm first fish fishing fit
    fitness five fix flag flame flannel flash flat flavor fleet flicker flight flipper float
    flock flood floor floral florist flour flower fluffy fluid flute flutter fly foam focus fog
    foggy fold foliage folk follow food foot forecast forest forever forgive fork form formal
    fort fortune forum forward fossil founder fountain fox fragile frame freckle freedom freight
    frenzy fresh friday fridge friend frisbee frog front frost frosty frozen fruit fuel fulfill
    fun funny fur furnace fusion future gadget gaiter galaxy gallery galley gallon game gap
    garage garden gardener garlic garment garnish gas gate gateway gather gauge gazebo gear
    gecko gelatin gem gemstone general generous genius gentle genuine geology gesture giant gift
    ginger gingham giraffe girl give glacier glad glamour glass glide glimpse glitter globe
    glossy glove glow glue goal goat goblet goggles gold golden golf good goodbye goose gorilla
    gospel gourmet govern gown grace grade grain grand granite grape graph grass grateful gravel
    gravity gravy great green greeting grid griddle grill grin grip grizzly grocer grocery
    groove ground group grove grow guard guardian guava guess guest guide guitar gulf gum
    gumdrop gust gutter gym habit habitat hair half hall hammer hammock hamster hand handbag
    handle handy hangar happen happy harbor hard harmony harness harp harvest hat hatch hatchet
    haven hawk hay hazel head headset health healthy heart hearth heat heater heavy hectare
    hedge height hello helmet help helper hen herald herb heritage hermit hero heron hexagon
    hidden high highway hiking hill hilltop hinge hint hippo history hobby hockey hold holder
    hole holiday hollow home homemade honest honey honor hood hook hope horizon horn horse host
    hostel hotdog hotel hour house housing hover however howl hug human humble hundred hurdle
    hurry husband hustle hut hybrid hyena hymn ice iceberg icon idea idle igloo igneous image
    imagine immune impact import improve impulse inch include income index indigo indoor infant
    infinite inform inherit initial ink inkwell inland inner innocent input insect inside
    insight inspire install instant intact intent invent invest invite inward iris iron irony
    island item ivory ivy jackal jacket jaguar jam january jar jasmine jasper javelin jaw jazz
    jeans jelly jester jetty jewel jigsaw jingle job jockey jogger join joke journey jovial joy
    joyful jubilee juggle juice jukebox july jumbo jump junction june jungle junior just justice
    kangaroo karate kayak keen keep keeper kennel kernel ketchup kettle key keyboard kick kid
    kind kindly king kingdom kiosk kit kitchen kite kitten kiwi knee knife knight knit knob knot
    know knuckle koala label labor lace ladder lady lagoon lake lamb lamp land landing lane
    language lantern lap laptop large largely lasagna laser last latch late latitude laugh
    laundry lava lavender lawn lawyer layer lead leader leaf leafy learn leather lecture left
    leg legend leisure lemon lemonade lend lengthy lens lentil leopard lesson letter lettuce
    level lever liberty library license lid life lifeboat lift light lighter likely lilac lily
    limb limber lime limit line linen linger link lion lioness lip lipstick liquid list listen
    literal little live lively lizard llama load loaf lobby lobster local locate lock locket
    lodge loft logbook logic lollipop long lookout loop lottery lotus loud lounge love lower
    loyal lucky luggage lullaby lumber lunar lunch lunchbox lung lustrous lyric macaroni machine
    magazine magic magician magnet maid mail mailbox main majesty major maker mammal mammoth
    mandolin mango manor manual maple marathon marble march margin marigold marine mariner
    marker market marmot marsh marshal mascot mask mason master match mate math matter maze
    meadow meal meaning measure meat medal media medical melodic melody melon member memory
    mentor menu merchant mercy meridian merit mesh message metal meter method midday middle
    midnight midway mild mile mileage milk mill million mind mineral minnow minor mint minute
    miracle mirror mission mist mitten mittens mix mixer mixture mobile model modern modest
    molasses moment monarch monday money monitor monkey month monument moon moose moral morning
    mosaic moss mother motion motive motor mount mountain mouse mouth move movie much mud muffin
    muffler mule mural museum mushroom music mustang mustard mutual myriad mystery nail name
    napkin narrate narrow nation native natural nature nautical navigate near nearby neat nebula
    neck nectar needle needy neighbor nephew nest net network neutral new newborn news next
    nibble nice nickel niece night nimble nine ninety noble nod noise noodle noon normal north
    nose notable note nothing notice nougat novel novice nowhere nugget number numeral nurse nut
    nutmeg oak oar oasis oat oatmeal obey object oblong observe obtain ocean octagon october
    octopus odd odyssey offbeat offer offering office official often oil old olive olympic
    omelet omit one onion onward opal open opera operate opinion optimal option oracle orange
    orbit orbital orchard orchid order orderly organ organic origin ornament ostrich otter ounce
    outdoor outer outfit outlook oval oven overall overcoat owl owner oxford oxygen oyster pace
    pack paddle paddock padlock page pageant paint pair palace palette palm pamphlet pan pancake
    panda panel panther pantry paper paprika parade parasol parcel parent park parlor parrot
    parsley part partner party pass passage past pasta paste pastel pastry patch patent path
    patio patriot patron pause pave pavilion payment peace peach peak peanut pear pearl peasant
    pebble pecan peculiar pedal pelican pen pencil pendant penguin people pepper percent perfect
    perform perfume permit persist person pet pewter phone photo phrase physical piano pickle
    picnic picture pie piece pier pig pigeon pigment pillow pilot pinch pine pink pint pinwheel
    pioneer pipe pitch pitcher pixel pizza place placid plain plan planet planner plant plaster
    plate platform play plaza pleasant pledge plenty plot plucky plum plumber plural plus pocket
    podium poem poet point polar pole polish polite pond pony pool popcorn poppy popular porch
    port portal portion post postage postcard pot potato potent pottery pouch poultry powder
    power prairie praise precise premium present preserve press pretty pretzel price pride
    primary prince print printer private prize problem produce profile program project promise
    prompt proof proper prosper protect proud provide province prune public pudding pulley pulse
    pump pumpkin punch pupil puppet puppy purple purpose purse pursue puzzle quail quantum
    quarry quarter quartet quartz queen quench query quest quick quickly quiet quilt quiver quiz
    quota quote rabbit raccoon race rack radar radiant radio radish radius raft ragtime rail
    railway rain rainbow rainfall raise raisin rake rally rambler ramp ranch random range ranger
    rapid rapport rare rascal raven ravioli razor reach reactor read ready real realm reason
    rebound recall receipt recess recipe recital reckon record recycle red reef reflect reform
    refresh regal region regular rehearse reindeer relax relay relish remedy remind remote
    rename render renew rent repair replica reply report request rescue reserve resolve resort
    respect rest restore result retail retire retreat return reunion reveal revenue review
    rewind rhino rhythm rib ribbon rice rich ricotta riddle ride ridge right ring ringlet ripen
    ripple rise ritual rivalry river road roadway roast robin robot robust rock rocket rodeo
    romance roof rooftop room rooster root rope rose rosemary rotary rotate round rounder route
    routine row royal rubber rubble ruby rudder rug rule ruler rumble run runway rural rust
    rustic saddle safari safe safety saffron saga sail sailor salad salmon salon salt salute
    sample sand sandal sandbox sapphire sardine satchel satin satisfy saturday sauce saucer
    sausage savanna save savings scale scallop scarf scene scenic scholar school science
    scissors scoop scooter score scout scramble screen scribble script sculpt sea seafood
    seagull seal seashell seaside season seat second secret secure sedan seed segment select
    seminar senior sense sequel serene series serpent service session set settle seven shade
    shadow shallow shampoo shape share shark sharp sheep sheet shelf shell shelter sherbet
    shield shift shimmer shine ship shipyard shirt shoe shop shore short shortcut shoulder show
    shower shrimp shuttle side sidewalk sierra sign signal silent silicon silk silver simmer
    simple sincere sing singer single sink sister sit six size sizzle skate sketch ski skill
    skillet skirt sky skyline sled sleep sleeve slender slice slide slim slipper slope slow
    small smart smile smoke smooth snack snail snake snapshot snorkel snow snuggle soap soapbox
    soccer society sock soda sofa soft soil solar solid solo solstice song sonnet soon soprano
    sorbet sound soup source south soybean space spaniel spark sparrow spatula speak special
    speed spell spend sphere spice spider spike spin spinach spirit splash splendid sponge spoon
    sport spot spray spring sprinkle sprout spruce square squash squid squirrel stable stadium
    staff stage stair stallion stamina stamp stand star starfish start state station statue stay
    steady steak steam steel stellar stem stencil step stereo sterling steward stick still
    stingray stitch stock stone stool storm story stove strap strategy straw stream streamer
    street stripe strong strudel student studio sturdy style subtle suburb succeed sugar suit
    summer summit sun sunbeam sunday sundial sunlight sunny sunrise sunset super supply support
    sure surf surface surprise swan sweater sweet sweeten swift swim swimmer swing switch symbol
    symphony syrup system table tablet tabletop tactful tadpole tail tailor talent talk tall
    tamarind tangent tango tank tape tapestry target tariff task taste tavern taxi tea teach
    teacher teacup team teammate teapot teaspoon teen telegram temple tempo ten tenant tender
    tennis tent term terrace test text texture thank theater theme thermal thick thicket thin
    thing thirty thistle thorough thread three thrive thumb thunder thyme ticket tidal tide
    tiger tile timber time timeless timely tinker tiny tip tire title toast toaster today
    toddler toe toffee token tolerant tomato tomorrow tone tongue tool tooth top topaz topic
    torch tornado tortoise total toucan touch tour towards towel tower town toy track tractor
    trade traffic trail train trainer tram tranquil transit travel tray treasure treat treaty
    tree trellis trend trial tribe tribute trick trident trinket trip triumph trolley trophy
    tropical trousers trowel truck true truffle trumpet trunk trust truth tube tugboat tulip
    tumble tuna tune tunnel turkey turn turnip turtle tutor tuxedo twelve twenty twice twilight
    twin type typical ukulele ultimate umbrella umpire uncle under unfold unicorn uniform union
    unique unit unity universe unlock unpack unveil update upgrade uphill upper upright upstairs
    uranium urban useful usual utensil utility vacancy vaccine vacuum vagabond valiant valley
    value valve van vanilla vanish vapor variety varnish vase vast vector vehicle velocity
    velvet vendor venture venue veranda verb verdict verse version vertical very vessel vest
    veteran viable vibrant victory video view vigilant villa village vine vinegar vintage violet
    violin virtue visible visit visitor visual vital vitamin vivid vocal voice volcano voltage
    volume vote voucher voyage wafer waffle wagon waist wait waiter walk wall wallet walnut
    walrus wander wardrobe warm warmth wash washer wasp watch water wave wavelet wax way wealth
    weather weave weaver web website wedding week weekend weight welcome welder well west
    western wet wetland whale wheat wheel whiskers whisper whistle white whole wide width wife
    wild wildcat willow win wind windmill window wing winner winter wire wiring wisdom wise wish
    wizard wolf woman wombat wonder wood woodland wool word work workshop world worth worthy
    wrangler wrap wreath wrist write yacht yard yardarm yarn year yearbook yellow yodel yoga
    yogurt yonder young youth zealous zebra zenith zephyr zero zigzag zinc zipper zodiac zone
    zoo zucchini
"""

WORDS: tuple[str, ...] = tuple(_WORDS.split())
BITS_PER_WORD = math.log2(len(WORDS))


def generate_passphrase(words: int = 6, sep: str = " ") -> str:
    """``words`` words drawn uniformly with ``secrets`` (the OS CSPRNG).

    Entropy = words × log2(2628) ≈ words × 11.36 bits: the default 6 words give
    ≈ 68.2 bits, which, with Argon2id on top (m = 256 MiB per guess), puts an
    offline guess far beyond reach; 5 words (≈ 57 bits) is the minimum accepted.
    """
    if not 5 <= words <= 24:
        raise ValueError("a generated passphrase has 5 to 24 words")
    return sep.join(secrets.choice(WORDS) for _ in range(words))


def entropy_bits(words: int = 6) -> float:
    return words * BITS_PER_WORD
