import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * A Word notice of a fictive nonprofit, written with the `docx` package as an author would in Word: Heading 1 and 2
 * styles, bold and italic runs, bullets, a table, a link. Its facts are in test/import/facts/vzw.txt.
 */
const heading = (text: string, level: 1 | 2 | 3 = 2) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 });
const para = (...runs: (string | TextRun | ExternalHyperlink)[]) => new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const row = (cells: string[], bold = false) =>
  new TableRow({ tableHeader: bold, children: cells.map((c) => new TableCell({ children: [para(new TextRun({ text: c, bold }))] })) });
const mail = (address: string) => new ExternalHyperlink({ link: `mailto:${address}`, children: [new TextRun({ text: address, style: 'Hyperlink' })] });

export async function vzwDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          heading('Privacyverklaring van vzw Buurtwerk De Brug', 1),
          para('Versie van 15 januari 2025.'),
          para('Vzw Buurtwerk De Brug organiseert huiswerkbegeleiding, een sociaal restaurant en vrijwilligerswerk in Mechelen.'),
          heading('Wie zijn wij?'),
          para(new TextRun({ text: 'Buurtwerk De Brug vzw', bold: true }), ', Brugstraat 4, 2800 Mechelen, ondernemingsnummer 0475.332.167.'),
          para('Je bereikt ons via ', mail('info@debrug-mechelen.be'), ' of op 015 41 22 33.'),
          heading('Welke gegevens gebruiken we?'),
          bullet('naam, adres en telefoonnummer van de deelnemers'),
          bullet('naam en contactgegevens van de ouders van kinderen in de huiswerkbegeleiding'),
          bullet('schoolresultaten die ouders ons zelf geven'),
          bullet('dieetwensen en allergieën van wie in het sociaal restaurant eet'),
          heading('Waarvoor?'),
          para('We gebruiken je gegevens om de ', new TextRun({ text: 'huiswerkbegeleiding', italics: true }), ' te organiseren, om maaltijden klaar te maken die je veilig kan eten en om onze vrijwilligers te verzekeren.'),
          para('Voor de allergieën vragen we je uitdrukkelijke toestemming. De verzekering van vrijwilligers is een wettelijke verplichting (Vrijwilligerswet van 3 juli 2005).'),
          heading('Met wie delen we gegevens?'),
          new Table({
            rows: [
              row(['Ontvanger', 'Waarom'], true),
              row(['Ethias', 'verzekering van vrijwilligers']),
              row(['Stad Mechelen', 'subsidies (alleen aantallen, geen namen)']),
              row(['Google Workspace', 'e-mail en agenda (verwerker, servers in de EU)']),
            ],
          }),
          heading('Bewaartermijn'),
          para('We bewaren de gegevens van deelnemers tot drie jaar na hun laatste activiteit. Gegevens over allergieën wissen we aan het einde van het werkjaar.'),
          heading('Jouw rechten'),
          para('Je mag je gegevens inzien, laten verbeteren of laten wissen. Je kan ook vragen om de verwerking te beperken, of je gegevens meenemen naar een andere organisatie.'),
          para('Je kan je toestemming altijd intrekken: een mail naar ', mail('privacy@debrug-mechelen.be'), ' volstaat.'),
          heading('Klachten'),
          para('Heb je een klacht? Neem eerst contact met ons op. Je kan ook terecht bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
