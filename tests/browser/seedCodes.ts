// The seed statement's parties, from ../shared/seed/FACTS.md, as the browser tests expect them on the map.
export const SEED_SIGNATORIES = (
  "AL AD AR AU AT BE BG CA HR CY CZ DK EE FI FR GE DE GR GT IS IE IL IT JP LV LI LT LU MT MD MC ME NL NZ MK NO PW PL PT KR RO SM SI ES SE UA GB US"
).split(" ");
export const SEED_SUBJECTS = ["KP", "RU"];
export const SEED_ADDITIONS = ["FM", "PY"];
