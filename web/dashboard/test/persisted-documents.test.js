import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiDocumentsDirectory, persistedDocumentIds } from '../persisted-documents.js';

// SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1).
const abc = 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('persistedDocumentIds', () => {
  let directory;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'chuyenhoa-documents-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('names each .graphql file by its name and the SHA-256 of its text, and nothing else of the folder', () => {
    writeFileSync(path.join(directory, 'Viewer.graphql'), 'abc');
    writeFileSync(path.join(directory, 'README.md'), 'abc');

    expect(persistedDocumentIds(directory)).toEqual({ Viewer: abc });
  });

  it('gives a document saved with a byte-order mark the id the server computes, which reads the file as text without it', () => {
    writeFileSync(path.join(directory, 'Viewer.graphql'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('abc')]));

    expect(persistedDocumentIds(directory)).toEqual({ Viewer: abc });
  });

  // Computed with sha256sum over the file's bytes.
  it('hashes Vietnamese text as UTF-8', () => {
    writeFileSync(path.join(directory, 'Comment.graphql'), '# Chiềng Khoang\n');

    expect(persistedDocumentIds(directory).Comment).toBe('sha256:421c9711382f77c135588aabe26e5b3e22c60391f27ed8ef68808415b970d6ac');
  });
});

describe("the API's documents", () => {
  // Every persisted document the page sends: graphql('Name', …) and subscribe('Name', …) in its sources.
  const sourceDirectory = path.resolve(import.meta.dirname, '../src');
  const sent = [...new Set(readdirSync(sourceDirectory)
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => [...readFileSync(path.join(sourceDirectory, file), 'utf8').matchAll(/\b(?:graphql|subscribe)\('(\w+)'/g)].map((m) => m[1])))];

  it('include every document the page sends, so none of its requests is refused as unknown', () => {
    const ids = persistedDocumentIds(apiDocumentsDirectory);

    expect(sent.length).toBeGreaterThanOrEqual(5);
    expect(sent.filter((name) => !ids[name])).toEqual([]);
  });
});
