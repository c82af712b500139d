// Reading and setting cells of an .xlsx's worksheet as a person's spreadsheet program would, with nothing but Node's zlib:
// the browser tests fill the report template downloaded through the dashboard without a spreadsheet library.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** The entries of a zip archive, in order: name → content (the archive's own central directory is read). */
export function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extra = buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extra;
  }

  return entries;
}

/** A zip archive of the entries (name → content), each deflated. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(content);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(content), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(content.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    header.copy(central, 8, 6, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }

  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The path of the worksheet named `sheet` inside the package, found through the workbook and its relationships. */
function sheetPath(entries, sheet) {
  const workbook = entries.get('xl/workbook.xml').toString('utf8');
  const id = new RegExp(`<(?:\\w+:)?sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1]
    ?? new RegExp(`<(?:\\w+:)?sheet [^>]*r:id="([^"]+)"[^>]*name="${sheet}"`).exec(workbook)?.[1];
  const rels = entries.get('xl/_rels/workbook.xml.rels').toString('utf8');
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The cells of a worksheet written with inline strings and numbers (as the API writes them): reference → text. */
export function readCells(buffer, sheet) {
  const xml = unzip(buffer).get(sheetPath(unzip(buffer), sheet)).toString('utf8');
  const cells = {};
  for (const match of xml.matchAll(/<(\w+:)?c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?c>)/g)) {
    const inner = match[4] ?? '';
    const text = /<(?:\w+:)?t(?: [^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/.exec(inner)?.[1] ?? /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1] ?? '';
    cells[match[2]] = unescapeXml(text);
  }

  return cells;
}

/** The workbook with cells of a worksheet set, as typed: a number as a number, text as text. Each cell must exist. */
export function setCells(buffer, sheet, values) {
  const entries = unzip(buffer);
  const path = sheetPath(entries, sheet);
  let xml = entries.get(path).toString('utf8');
  for (const [reference, value] of Object.entries(values)) {
    const cell = new RegExp(`<(\\w+:)?c r="${reference}"[^>]*?(?:/>|>[\\s\\S]*?</\\1?c>)`);
    const prefix = cell.exec(xml)?.[1] ?? '';
    if (!cell.test(xml)) {
      throw new Error(`no cell ${reference} in ${sheet}`);
    }

    xml = xml.replace(cell, typeof value === 'number'
      ? `<${prefix}c r="${reference}"><${prefix}v>${value}</${prefix}v></${prefix}c>`
      : `<${prefix}c r="${reference}" t="inlineStr"><${prefix}is><${prefix}t>${escapeXml(value)}</${prefix}t></${prefix}is></${prefix}c>`);
  }

  entries.set(path, Buffer.from(xml, 'utf8'));
  return zip(entries);
}
