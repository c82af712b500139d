import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The API's persisted documents: the server's contract, embedded by ChuyenHoa.Api and run by hash alone. */
export const apiDocumentsDirectory = path.resolve(import.meta.dirname, '../../src/ChuyenHoa.Api/GraphQL/PersistedDocuments');

/**
 * Every .graphql file of the folder by name, with the id the server knows it by. The host reads each embedded file as
 * UTF-8 text (a byte-order mark is dropped) and hashes that text's bytes; so does this, so the ids cannot drift apart.
 */
export function persistedDocumentIds(directory = apiDocumentsDirectory) {
  return Object.fromEntries(readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(directory, file), 'utf8').replace(/^\uFEFF/, '');
      return [path.basename(file, '.graphql'), `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`];
    }));
}
