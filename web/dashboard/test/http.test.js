import { describe, expect, it } from 'vitest';
import { ApiError, apiUrl, downloadName, errorMessage, graphQLData, webSocketUrl } from '../src/http.js';

describe('apiUrl', () => {
  it('finds the API next to the page folder, with or without a path prefix', () => {
    expect(apiUrl('graphql', 'http://localhost:5080/dashboard/#/unit/14')).toBe('http://localhost:5080/graphql');
    expect(apiUrl('api/dashboard/config', 'https://bcd138.example.vn/chuyenhoa/dashboard/')).toBe('https://bcd138.example.vn/chuyenhoa/api/dashboard/config');
  });
});

describe('webSocketUrl', () => {
  it('uses wss beside https and ws beside http, on the same host and path', () => {
    expect(webSocketUrl('https://bcd138.example.vn/chuyenhoa/graphql')).toBe('wss://bcd138.example.vn/chuyenhoa/graphql');
    expect(webSocketUrl('http://127.0.0.1:5080/graphql')).toBe('ws://127.0.0.1:5080/graphql');
  });
});

describe('graphQLData', () => {
  it('returns the data of an answer without errors', () => {
    expect(graphQLData(200, { data: { me: { provinceCode: '14' } } })).toEqual({ me: { provinceCode: '14' } });
  });

  it("throws the server's first message when the answer has errors", () => {
    const answer = { errors: [{ message: 'Bạn không được xem tỉnh 12.' }, { message: 'khác' }], data: null };
    expect(() => graphQLData(200, answer)).toThrow(new ApiError('Bạn không được xem tỉnh 12.'));
  });

  it('names the HTTP status when the answer is not JSON', () => {
    expect(() => graphQLData(502, null)).toThrow(ApiError);
    expect(() => graphQLData(502, null)).toThrow('Máy chủ trả lời HTTP 502.');
  });
});

describe('errorMessage', () => {
  it("prefers the server's Vietnamese message and falls back to the status", () => {
    expect(errorMessage(400, { message: 'Không có tỉnh mã "99".' })).toBe('Không có tỉnh mã "99".');
    expect(errorMessage(500, null)).toBe('Máy chủ trả lời HTTP 500.');
  });
});

describe('downloadName', () => {
  it('decodes the UTF-8 name, so a Vietnamese file name survives', () => {
    const disposition = "attachment; filename=\"de-xuat.xlsx\"; filename*=UTF-8''%C4%91%E1%BB%81-xu%E1%BA%A5t%20t%E1%BB%89nh%2014.xlsx";
    expect(downloadName(disposition, 'fallback.xlsx')).toBe('đề-xuất tỉnh 14.xlsx');
  });

  it('takes the plain name when there is no UTF-8 one, and the fallback when there is none', () => {
    expect(downloadName('attachment; filename="bang-chi-tieu.csv"', 'x.csv')).toBe('bang-chi-tieu.csv');
    expect(downloadName('attachment; filename=bang.csv', 'x.csv')).toBe('bang.csv');
    expect(downloadName(null, 'bang-chi-tieu.xlsx')).toBe('bang-chi-tieu.xlsx');
  });
});
