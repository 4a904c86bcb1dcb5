// Heading synonyms, role lexicons and element detectors, transcribed from shared/spec/lexicon.yaml (the spec).

export const SECTION_SYNONYMS = {
  "anchoring": {
    "en": [
      "organisational anchoring",
      "organizational anchoring",
      "anchoring",
      "governance",
      "ownership",
      "project organisation",
      "project organization",
      "roles and responsibilities",
      "steering group",
      "steering committee",
      "sponsorship",
      "leadership support",
      "commitment"
    ],
    "nb": [
      "forankring",
      "organisering",
      "prosjektorganisering",
      "roller og ansvar",
      "styringsgruppe",
      "eierskap",
      "prosjekteier",
      "ledelsesforankring",
      "ansvar og roller"
    ]
  },
  "strategic_alignment": {
    "en": [
      "strategic alignment",
      "strategic case",
      "strategic fit",
      "case for change",
      "problem statement",
      "background and need",
      "rationale",
      "business need",
      "why this pilot",
      "policy alignment"
    ],
    "nb": [
      "strategisk forankring",
      "bakgrunn",
      "behov",
      "bakgrunn og behov",
      "utfordringsbilde*",
      "problemstilling",
      "begrunnelse",
      "mål og strategi",
      "strategisk betydning"
    ]
  },
  "exit_plan": {
    "en": [
      "exit plan",
      "exit strategy",
      "after the pilot",
      "post-pilot",
      "continuation plan",
      "continuation",
      "sustainability plan",
      "sustainability",
      "transition to operations",
      "transition to business as usual",
      "scale-up plan",
      "scaling plan",
      "path to scale",
      "route to scale",
      "implementation after the pilot",
      "next steps after the pilot",
      "handover",
      "adoption plan",
      "rollout plan",
      "roll-out"
    ],
    "nb": [
      "videreføring*",
      "exitplan",
      "exit-plan",
      "etter piloten",
      "etter pilotperioden",
      "overgang til drift",
      "implementering i drift",
      "skalering*",
      "spredning*",
      "plan for videreføring",
      "drift og forvaltning",
      "veien videre",
      "gevinstrealisering*",
      "ny praksis",
      "innføring*"
    ]
  },
  "training": {
    "en": [
      "training",
      "training plan",
      "competence",
      "competence building",
      "capacity building",
      "onboarding",
      "enablement",
      "user support",
      "support",
      "change management",
      "implementation support",
      "user manual"
    ],
    "nb": [
      "opplæring*",
      "kompetanse*",
      "kompetanseheving",
      "kompetansebygging",
      "brukerstøtte",
      "endringsledelse",
      "superbruker*",
      "brukerveiledning",
      "implementeringsstøtte"
    ]
  },
  "resources": {
    "en": [
      "resources",
      "resource plan",
      "budget",
      "costs",
      "financial case",
      "cost of implementation",
      "staffing"
    ],
    "nb": [
      "ressurser",
      "ressursbehov",
      "budsjett",
      "kostnader",
      "økonomi",
      "finansiering",
      "bemanning"
    ]
  },
  "values": {
    "en": [
      "ethics",
      "ethical considerations",
      "value choices",
      "values",
      "trade-offs",
      "tradeoffs",
      "equity",
      "inclusion",
      "fairness",
      "transparency",
      "data protection",
      "privacy",
      "information security",
      "gdpr"
    ],
    "nb": [
      "etikk",
      "etiske vurderinger",
      "verdivalg",
      "verdier",
      "prioriteringer",
      "avveininger",
      "likeverd",
      "inkludering",
      "universell utforming",
      "åpenhet",
      "personvern",
      "informasjonssikkerhet",
      "gdpr",
      "dpia",
      "ros-analyse"
    ]
  },
  "stakeholders": {
    "en": [
      "stakeholders",
      "stakeholder analysis",
      "stakeholder map",
      "stakeholder engagement",
      "partners",
      "involvement",
      "communication plan",
      "user involvement"
    ],
    "nb": [
      "interessenter",
      "interessentanalyse",
      "interessentkart",
      "involvering",
      "medvirkning",
      "brukermedvirkning",
      "samarbeidspartnere",
      "kommunikasjonsplan",
      "parter"
    ]
  },
  "success": {
    "en": [
      "success criteria",
      "evaluation",
      "evaluation plan",
      "kpis",
      "kpi",
      "metrics",
      "measures of success",
      "outcomes",
      "benefits",
      "benefits realisation",
      "benefits realization",
      "go/no-go criteria",
      "scaling criteria",
      "objectives and measures",
      "monitoring and evaluation",
      "m&e"
    ],
    "nb": [
      "suksesskriterier",
      "evaluering*",
      "måling*",
      "indikatorer",
      "måleindikatorer",
      "resultatmål",
      "effektmål",
      "gevinster",
      "gevinstrealisering*",
      "gevinstrealiseringsplan",
      "nullpunktsmåling",
      "målinger",
      "følgeevaluering"
    ]
  },
  "risks": {
    "en": [
      "risks",
      "risk",
      "risk assessment",
      "risk register",
      "risks and mitigations",
      "risk analysis",
      "uncertainties"
    ],
    "nb": [
      "risiko*",
      "risikovurdering",
      "risikoanalyse",
      "ros-analyse",
      "usikkerhet*",
      "risiko og tiltak"
    ]
  }
} as const;

export const ROLES = {
  "political": {
    "en": [
      "city council",
      "municipal council",
      "political committee",
      "mayor",
      "board of directors",
      "elected"
    ],
    "nb": [
      "kommunestyre*",
      "bystyre*",
      "formannskap*",
      "hovedutvalg*",
      "ordfører",
      "politisk*",
      "fylkesting*",
      "styret"
    ]
  },
  "decision": {
    "en": [
      "chief executive",
      "ceo",
      "director",
      "executive sponsor",
      "cfo",
      "head of department",
      "managing director",
      "hospital director",
      "clinic director",
      "school owner",
      "superintendent",
      "head of health and care"
    ],
    "nb": [
      "kommunedirektør",
      "rådmann",
      "kommunalsjef",
      "kommunalområdeleder",
      "direktør",
      "administrerende direktør",
      "klinikksjef",
      "klinikkleder",
      "divisjonsdirektør",
      "sykehusdirektør",
      "økonomisjef",
      "skolesjef",
      "oppvekstsjef",
      "helse- og omsorgssjef",
      "virksomhetsleder"
    ]
  },
  "operational": {
    "en": [
      "unit manager",
      "ward manager",
      "head of unit",
      "service manager",
      "operations manager",
      "head teacher",
      "principal",
      "care home manager",
      "nurse manager",
      "line manager",
      "team leader"
    ],
    "nb": [
      "enhetsleder",
      "avdelingsleder",
      "seksjonsleder",
      "avdelingssykepleier",
      "driftsleder",
      "rektor",
      "styrer",
      "institusjonsleder",
      "teamleder",
      "fagleder",
      "linjeleder",
      "tjenesteleder"
    ]
  },
  "frontline": {
    "en": [
      "nurse",
      "care worker",
      "healthcare assistant",
      "teacher",
      "staff",
      "employees",
      "therapist",
      "caseworker"
    ],
    "nb": [
      "sykepleier",
      "helsefagarbeider",
      "assistent",
      "lærer",
      "ansatte",
      "medarbeidere",
      "terapeut",
      "saksbehandler",
      "miljøarbeider",
      "ergoterapeut",
      "fysioterapeut"
    ]
  },
  "end_user": {
    "en": [
      "patients",
      "residents",
      "pupils",
      "students",
      "parents",
      "next of kin",
      "citizens",
      "service users",
      "users"
    ],
    "nb": [
      "pasienter",
      "beboere",
      "elever",
      "foresatte",
      "pårørende",
      "innbyggere",
      "brukere",
      "tjenestemottakere"
    ]
  },
  "support": {
    "en": [
      "it department",
      "procurement",
      "finance",
      "data protection officer",
      "dpo",
      "union",
      "employee representative",
      "safety representative",
      "legal"
    ],
    "nb": [
      "it-avdeling*",
      "ikt",
      "innkjøp*",
      "anskaffelse*",
      "økonomiavdeling*",
      "personvernombud",
      "tillitsvalgt*",
      "verneombud",
      "jurist"
    ]
  }
} as const;

export const DETECTORS = {
  "payer": "funded (by|from)|paid (by|from)|budget line|operating budget|cost cent(re|er)|funding source|who pays|finansier(es|ing)|budsjett(post|linje)|driftsbudsjett|økonomiplan|handlingsprogram|kostnadssted|dekkes (av|over)|betales av",
  "owner": "service owner|operational owner|system owner|will own|ownership (transfers|passes)|tjenesteeier|systemeier|eies av|eierskap|driftsansvar|forvaltningsansvar|overtas av|linjen overtar",
  "decision": "(decision|decide|approve|beslutning|beslutte|vedtak|vedtas|behandles)",
  "date": "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\s?(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\s\\d{4}\\b|\\b(q|k)[1-4]\\s?\\d{4}\\b|\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s\\d{4}\\b|\\b(\\d{1,2}\\.)?\\s?tertial\\s\\d{4}\\b",
  "trigger": "(success criteria|suksesskriteri\\w*) .{0,40}(met|achieved|oppfylt|nådd)|\\bif\\b.{0,60}(≥|>=|>|at least|above)|\\bdersom\\b.{0,60}(minst|over|≥)",
  "procurement": "tender|procurement|framework agreement|innovation partnership|pre-commercial|pcp|ppi|option to (buy|purchase)|anskaffelse|konkurranse|rammeavtale|innovasjonspartnerskap|før-kommersiell|startoff|opsjon|dialogbasert",
  "baseline": "baseline|nullpunkt\\w*|current (level|value)|today|per i dag|dagens nivå|utgangspunkt",
  "target": "(target|mål|fra .{1,20} til)\\b.{0,30}\\d|\\d+\\s?(%|prosent|percent)",
  "source": "source|kilde|register|report|survey|spørreundersøkelse|ehr|epj|dips|gerica|profil|cosdoc|kpr|iplos|visma|logg|log data|fagsystem",
  "training_audience": "night shift|nattevakt|vikar|temporary|new staff|nyansatt|super-?user|superbruker|all staff|alle ansatte",
  "training_format": "e-?learning|e-?læring|classroom|klasserom|workshop|hands-on|bedside|simulering|video|manual|veileder|brukerveiledning",
  "hours": "\\d+\\s?(h|hours|timer|min|minutter|days|dager)\\b",
  "after_go_live": "after go-?live|ongoing support|helpdesk|support desk|brukerstøtte|etter oppstart|løpende|onboarding|opplæring av nye",
  "internal_effort": "fte|årsverk|stillingsprosent|hours per week|timer per uke|backfill|frikjøp|vikarutgifter|internal time|egeninnsats",
  "personal_data": "personal data|health data|patient data|pupil data|sensor|camera|kamera|gps|location data|personopplysning\\w*|helseopplysning\\w*|pasientdata|elevdata|journal",
  "privacy_controls": "dpia|personvernkonsekvensvurdering|pvk|data processing agreement|databehandleravtale|lawful basis|legal basis|behandlingsgrunnlag|ros-analyse|normen|gdpr art",
  "tradeoff": "\\bvs\\.?\\b|versus|trade-?off|at the expense of|på bekostning av|avveining|prioritering mellom",
  "repeat_pilot": "second pilot|new pilot|pilot 2|phase 2 of the pilot|extended pilot|extend the pilot|ny pilot|videre pilot|utvidet pilot|forlenget pilot|pilot nr|fase 2 av pilot",
  "lessons": "lessons learned|learnings from|erfaringer fra|læring fra|evaluering av forrige"
} as const;

export const OUTCOMES = {
  "soft": {
    "en": [
      "satisfaction",
      "satisfied",
      "experience",
      "engagement",
      "awareness",
      "well-being",
      "wellbeing",
      "positive feedback",
      "user-friendly",
      "innovative",
      "modern",
      "quality of life"
    ],
    "nb": [
      "fornøyd",
      "tilfredshet",
      "brukeropplevelse",
      "opplevd",
      "trivsel",
      "engasjement",
      "positiv tilbakemelding",
      "brukervennlig",
      "trygghet",
      "livskvalitet",
      "nyskapende"
    ]
  },
  "hard": {
    "en": [
      "cost",
      "savings",
      "nok",
      "eur",
      "gbp",
      "hours",
      "fte",
      "readmission",
      "length of stay",
      "bed-days",
      "waiting time",
      "falls",
      "sick leave",
      "capacity",
      "throughput",
      "avoided",
      "admissions",
      "absence",
      "drop-out",
      "home visits",
      "call-outs"
    ],
    "nb": [
      "kostnad",
      "innsparing",
      "kr",
      "timer",
      "årsverk",
      "reinnleggelse",
      "liggedøgn",
      "ventetid",
      "fall",
      "sykefravær",
      "kapasitet",
      "unngåtte",
      "innleggelser",
      "frafall",
      "fravær",
      "vedtakstimer",
      "hjemmebesøk",
      "utrykninger",
      "tidsbruk"
    ]
  }
} as const;

export const PLACEHOLDER_PATTERNS = [
  "\\bTBD\\b",
  "\\bTBA\\b",
  "\\bTODO\\b",
  "\\bFIXME\\b",
  "\\bXXX+\\b",
  "\\?\\?\\?",
  "\\{\\{[^}]*\\}\\}",
  "<[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå _/-]*>",
  "\\[(insert|fill in|sett inn|fyll inn)[^\\]]*\\]",
  "lorem ipsum",
  "\\bavklares( senere)?\\b",
  "\\bfylles inn\\b",
  "\\bikke avklart\\b",
  "\\bkommer senere\\b",
  "\\bxx+ ?(kr|nok|%)"
] as const;
