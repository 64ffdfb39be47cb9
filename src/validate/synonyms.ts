/**
 * Dutch words for fields that the schema's own titles do not give (src/validate/dutch.ts reads the titles first: a key
 * equal to a field's title, or to its plural or singular, needs no entry here). One word a line, written as an author
 * would (case, accents, spaces and dashes do not count, nor a plural or singular of the word), with the fields it may
 * mean. Only those allowed where the key stands are suggested; `recipients.processors` means the field `processors`
 * under `recipients`, for a word that names a field one level down.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  stad: ['city', 'address.city'],
  woonplaats: ['city', 'address.city'],
  plaats: ['city', 'address.city'],
  gemeente: ['address.city'],
  straat: ['address.street'],
  gebouw: ['address.building'],
  postcode: ['address.postalCode'],
  naam: ['name'],
  beschrijving: ['description'],
  tekst: ['text'],
  uitleg: ['text', 'description'],
  hoofding: ['heading'],
  kop: ['heading'],
  soort: ['type'],
  rol: ['role'],
  telefoonnummer: ['phone'],
  tel: ['phone'],
  mail: ['email'],
  emailadres: ['email'],
  site: ['website'],
  webadres: ['website', 'url'],
  kbonummer: ['kbo'],
  btw: ['vat'],
  versienummer: ['version.number'],
  verantwoordelijke: ['controller'],
  functionaris: ['dpo'],
  gegevens: ['data'],
  doel: ['purposes'],
  betrokkenen: ['groups', 'data.groups'],
  'categorieën': ['data.categories', 'category'],
  verwerkers: ['recipients.processors'],
  doorgifte: ['transfers', 'recipients.transfers'],
  toezichthouder: ['complaints.authorities'],
  bewaring: ['retention'],
  looptijd: ['lifetime'],
  duur: ['lifetime'],
  toestemming: ['consent'],
};
