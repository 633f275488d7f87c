/* Kennisbank search index part, generated; format: docs/search.md */
(window.KENNISBANK_SEARCH_PARTS = window.KENNISBANK_SEARCH_PARTS || {})["docs-0"] = {"v":"e63639f3","data":[["begrippen/indirect-onderscheid/index.html","Indirect onderscheid",1,1,"Een regel, eis of werkwijze die neutraal lijkt, maar mensen met een beschermd kenmerk bijzonder treft.",[["Wanneer mag het?","wanneer-mag-het"]]],
["begrippen/onderscheid/index.html","Onderscheid",1,1,"Mensen verschillend behandelen op grond van een kenmerk.",[]],
["begrippen/racisme/index.html","Racisme",1,1,"Het benadelen van mensen op grond van huidskleur, afkomst of etniciteit.",[]],
["definities/discriminatie/index.html","Wat is discriminatie?",2,0,"Discriminatie is ongerechtvaardigd onderscheid dat mensen benadeelt.",[["Discriminatie in de wet","discriminatie-in-de-wet"]]],
["definities/onderscheid-en-rechtvaardiging/index.html","Onderscheid en rechtvaardiging",2,0,"Wanneer is onderscheid verboden, en wanneer mag het wel?",[["Direct onderscheid","direct-onderscheid"],["Indirect onderscheid","indirect-onderscheid"],["Objectieve rechtvaardiging","objectieve-rechtvaardiging"]]],
["definities/racisme/index.html","Racisme",2,0,"Wat racisme is en hoe het werkt.",[]],
["index.html","Kennisbank Inclusie & Diversiteit",0,0,"Trainingsmateriaal over discriminatie, racisme en de rol van de gemeente.",[]],
["juridisch-kader/awgb/index.html","Algemene wet gelijke behandeling",3,0,"De Awgb werkt artikel 1 uit voor werk, onderwijs en diensten.",[["Artikel 10 en verder","artikel-10"]]],
["juridisch-kader/grondwet-artikel-1/index.html","Artikel 1 Grondwet",3,0,"Gelijke behandeling in gelijke gevallen; discriminatie is niet toegestaan.",[]],
["rol-van-de-gemeente/ketenpartners/index.html","Ketenpartners: samen knelpunten vinden",4,0,"Met antidiscriminatievoorzieningen en politie samenwerken.",[]],
["toetsen/definities/index.html","Toets: definities",5,2,"Vijf vragen over discriminatie, onderscheid en racisme.",[]],
["valkuilen/intentie-versus-effect/index.html","Intentie versus effect",6,0,"Het gaat om het effect van gedrag, niet alleen om de bedoeling.",[]]]};
