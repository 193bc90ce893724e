import { describe, expect, test } from 'vitest';
import { factsOf } from './invented.js';

// Invented sentences: the rules must hold for articles they have never seen.

const read = (body: string) => factsOf(body).map((fact) => [fact.raw, fact.indicator]);

describe('districts and communes that act or are visited are not communes meeting a standard', () => {
  test('units that organise something', () => {
    expect(read('Có 9/9 huyện, thị xã tổ chức hội nghị tập huấn cho cán bộ giảm nghèo.')).toEqual([
      ['9', 'units_involved'],
      ['9 huyện', 'units_involved'],
    ]);
    expect(read('Năm nay 12 xã triển khai mô hình sinh kế mới.')).toEqual([['12 xã', 'units_involved']]);
  });
  test('units whose committees were visited', () => {
    expect(read('Đoàn công tác đã làm việc tại UBND 6 huyện để nắm tình hình.')).toEqual([
      ['6 huyện', 'units_involved'],
    ]);
  });
  test('a count after a semicolon is no longer a commune count by that alone', () => {
    expect(read('Tỉnh đã tập huấn cho cán bộ; 5 huyện tổ chức đối thoại với người dân.')).toEqual([
      ['5 huyện', 'units_involved'],
    ]);
  });
  test('communes reaching a standard still are', () => {
    expect(read('Năm 2023 có thêm 4 xã đạt chuẩn nông thôn mới.')).toEqual([['4 xã', 'communes']]);
    expect(read('Dự kiến 6 xã hoàn thành các tiêu chí thoát khỏi diện đặc biệt khó khăn.')).toEqual([
      ['6 xã', 'communes'],
    ]);
  });
});

describe('a share of funding is not an amount allocated', () => {
  test('a minimum counterpart share', () => {
    const [share] = factsOf('Tỉnh bố trí vốn đối ứng tối thiểu 10% trên tổng nguồn vốn ngân sách trung ương.');
    expect(share).toMatchObject({ indicator: 'counterpart_funding', qualifier: 'tối thiểu', status: 'plan' });
  });
  test('a counterpart amount is counterpart funding, and a budget share is never an allocation', () => {
    expect(read('Các huyện đã bố trí vốn đối ứng 5 tỷ đồng.')).toEqual([['5 tỷ đồng', 'counterpart_funding']]);
    const allocations = factsOf('Tổng nguồn vốn được giao là 120 tỷ đồng, chiếm 40% tổng nguồn vốn của vùng.');
    expect(allocations.map((fact) => [fact.raw, fact.indicator])).toContainEqual(['120 tỷ đồng', 'budget_allocated']);
    expect(allocations.find((fact) => fact.raw === '40%')?.indicator).not.toBe('budget_allocated');
  });
});

describe('a level the year started from', () => {
  test('"so với … đầu năm (X%)" is the start of the year the sentence reports on, not its end', () => {
    const facts = factsOf(
      'Cuối năm 2024, toàn tỉnh còn 4.100 hộ nghèo, chiếm tỷ lệ 3,1%, giảm 0,5% so với tỷ lệ hộ nghèo đầu năm (3,6%).',
    );
    expect(facts.find((fact) => fact.raw === '3,6%')).toMatchObject({
      baseline: true,
      period: { text: 'đầu năm 2024', to: 2024, point: 'start' },
    });
    expect(facts.find((fact) => fact.raw === '3,1%')?.period).toMatchObject({ to: 2024, point: 'end' });
  });
});
