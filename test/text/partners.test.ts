import { describe, expect, it } from 'vitest';
import { partnerItems } from '../../src/text/partners.js';

describe('partnerItems', () => {
  it.each([
    ['Deepa Menon', ['Deepa Menon']],
    ['Deepa Menon, Rohit Sharma', ['Deepa Menon', 'Rohit Sharma']],
    // A comma inside brackets is the role's (a new user's trial wrote the roles in brackets).
    ['Deepa Menon (LabelKart account manager), Rohit Sharma (Procurement)', ['Deepa Menon (LabelKart account manager)', 'Rohit Sharma (Procurement)']],
    ['Deepa Menon (LabelKart, account manager), Rohit Sharma', ['Deepa Menon (LabelKart, account manager)', 'Rohit Sharma']],
    ['Deepa Menon [LabelKart, AM], Rohit Sharma {Procurement, Pune}', ['Deepa Menon [LabelKart, AM]', 'Rohit Sharma {Procurement, Pune}']],
    ['Deepa Menon (LabelKart (Bengaluru), AM), Rohit', ['Deepa Menon (LabelKart (Bengaluru), AM)', 'Rohit']],
    // With a semicolon, as `new` asks for them, each item is "Name, role".
    ['Deepa Menon, LabelKart account manager; Rohit Sharma, Procurement', ['Deepa Menon, LabelKart account manager', 'Rohit Sharma, Procurement']],
    ['Deepa Menon (AM; LabelKart), Rohit Sharma', ['Deepa Menon (AM; LabelKart)', 'Rohit Sharma']],
    // A bracket never closed takes the rest; one never opened is text.
    ['Deepa Menon (AM, Rohit Sharma', ['Deepa Menon (AM, Rohit Sharma']],
    ['Deepa Menon) AM, Rohit Sharma', ['Deepa Menon) AM', 'Rohit Sharma']],
    // Without a semicolon, an item that reads as a role is the role of the name before it, as `new --partner` asks
    // for it (a fresh-eyes review: "Payments EM" was read as a second partner, and redacted as one).
    ['Priya Nair, Payments EM', ['Priya Nair, Payments EM']],
    ['Diane Okafor, VP of Marketing', ['Diane Okafor, VP of Marketing']],
    // The job words are the name detection's roles: a post it knows is a role here too.
    ['Deepa Menon, Harbour Master', ['Deepa Menon, Harbour Master']],
    ['Deepa Menon, Incident Commander', ['Deepa Menon, Incident Commander']],
    ['Deepa Menon, account manager at LabelKart', ['Deepa Menon, account manager at LabelKart']],
    ['Deepa Menon, the platform team lead, Rohit Sharma', ['Deepa Menon, the platform team lead', 'Rohit Sharma']],
    ['Priya Nair, Payments EM, Rohit Sharma, Procurement manager', ['Priya Nair, Payments EM', 'Rohit Sharma, Procurement manager']],
    ['Priya Nair , Payments EM ,', ['Priya Nair , Payments EM']],
    // …and its twins: names, a name of a job word's letters in lower case, a role told first, one more partner after "and".
    ['Deepa Menon, Rohit Sharma, Ana Lima', ['Deepa Menon', 'Rohit Sharma', 'Ana Lima']],
    ['Deepa Menon, Em Watson', ['Deepa Menon', 'Em Watson']],
    ['the Payments EM, the Risk lead', ['the Payments EM', 'the Risk lead']],
    ['Priya Nair, Payments EM, Risk lead', ['Priya Nair, Payments EM', 'Risk lead']],
    ['Deepa Menon, Rohit Sharma, and the Payments EM', ['Deepa Menon', 'Rohit Sharma', 'and the Payments EM']],
    ['priya, rohit', ['priya', 'rohit']],
    ['  a ,, b ;', ['a ,, b']],
    [' , ', []],
    ['', []],
  ])('reads %j', (text, items) => {
    const read = partnerItems(text);
    expect(read.map((i) => i.text)).toEqual(items);
    for (const item of read) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});
