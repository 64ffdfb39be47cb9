import { PDFName, type PDFDocument } from 'pdf-lib';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmpDate = (date: Date) => date.toISOString().replace('.000Z', 'Z');

/** What the XMP packet states; each value is the one the Info dictionary holds. */
export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: string;
  creatorTool: string;
  producer: string;
  date?: Date;
}

/** An XMP packet (ISO 16684-1) that declares PDF/UA-1 (ISO 14289-1 5, 7.1) and repeats the document information. */
export function xmpPacket(fields: XmpFields): string {
  const dates = fields.date ? ['CreateDate', 'ModifyDate', 'MetadataDate'].map((name) => `<xmp:${name}>${xmpDate(fields.date!)}</xmp:${name}>`) : [];
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' +
      ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(fields.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(fields.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${escapeXml(fields.keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>`,
    ...dates,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

/** Puts the packet in the catalog as its /Metadata stream, uncompressed so that any tool can read it. */
export function setXmp(document: PDFDocument, fields: XmpFields): void {
  const stream = document.context.stream(Buffer.from(xmpPacket(fields), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
}
