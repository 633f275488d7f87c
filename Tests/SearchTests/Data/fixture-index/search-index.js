/* Kennisbank search index, generated; format: docs/search.md */
window.KENNISBANK_SEARCH = {"version":2,"docCount":12,
"kinds":["page","term","quiz"],
"sections":["","Begrippenlijst","Definities","Juridisch kader","Rol van de gemeente","Toetsen","Valkuilen"],
"docParts":[[0,"search/docs-0.js","e63639f3",2132]],
"termParts":[["","search/terms-0.js","98f44221",2884]],
"synonyms":[[["etnisch","profiler"],["racial","profil"]],[["klacht"],["melding"]]],
"terms":"01,10,02,0afkomst,1lgemen,2l,3en,1ntidiscriminatievoorzien,1rtikel,1wgb,0bedoel,2gripp,2handel,8d,2nadeelt,6l,2schermd,2tekent,2vind,1ijzonder,1lijft,1uurt,0caf,1olleg,0definities,1ienst,2rect,2scriminatie,9eert,Ar,2versiteit,1oel,0effect,1is,1lk,1tniciteit,0gat,1edrag,2lijk,2meent,2richt,2slacht,2vall,3olg,2woont,2zind,1odsdienst,2ed,1roep,3nd,5wet,0handicap,1uidskleur,0inclusie,2direct,2tentie,0jonger,0kenmerk,3nisbank,2tenpartner,1ijk,1nelpunt,1om,3t,1wad,0lang,1egitiem,2vensovertu,1ijkt,0maakt,2cht,2g,1elding,4punt,2ns,1iddel,0nederland,2utral,1oemt,0objectiev,1nbedoeld,2derscheid,5wijs,2gelijk,4rechtvaardigd,1plever,2zet,0pakt,2ssend,1erson,1olitie,7k,0racism,5tisch,2s,1echtvaard,2d,2gel,1ol,0sam,3enwerk,1chad,5elijk,1eksuel,1lechter,1om,0toegestan,3t,1rainingsmateriaal,2eft,0uitleg,3sprak,3zonder,0vak,1erbiedt,4od,3der,3schill,4us,1ijf,2nd,1oorkom,2rm,1raagt,3g,0wanner,1egen,2igert,2l,3k,4om,2rk,4t,4wijz,2t,1on,0zit,1oal,",
"info":"Y111X111Y111Y21111111111X12Z11X1X11121Y11212212223Y11XZX12XX1X1111112112113112211Z2111121111ZY2X131X1111211X1111111111X1Y1111211121221Y121",
"forms":",,,,0e,0en,1en,0ingen,,,0ing,0en,0ing,,,0en,,,0en,,,,0é,0e,,0en,,,,0ende,,,,,,,1at,,0e,0e,0heid,,0en,0en,0en,0heid,,0e,,,,,,,,,0en,,,0s,,0en,0en,,0e,,,0iging,,,,,0en,,0en,,,1al,,0e,,,,,,0en,,,,1onlijk,,0e,0e,0e,,0iging,0en,,,0en,0en,0e,,0e,,0s,1an,0s,,,,0en,0ingen,1ak,,0en,,0end,,,,0en,,,0en,1er,0s,,,0e,,,,0e,,0en,,0s,"};
