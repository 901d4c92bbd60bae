import { describe, expect, it } from 'vitest';
import { parsePartners } from '../../src/commands/new.js';

describe('parsePartners', () => {
  it.each([
    ['Priya Nair, Payments EM', { name: 'Priya Nair', role: 'Payments EM' }],
    ['Sam Lee', 'Sam Lee'],
    // A twentieth user's trial: a dash with a space either side, as in a signature, is the separator too.
    ['Ramesh Iyer - Head of Legal', { name: 'Ramesh Iyer', role: 'Head of Legal' }],
    ['Ramesh Iyer – Head of Legal', { name: 'Ramesh Iyer', role: 'Head of Legal' }],
    ['Ramesh Iyer — Head of Legal', { name: 'Ramesh Iyer', role: 'Head of Legal' }],
    // A twenty-first user's trial: an en or em dash with no space either side, as word processors set it.
    ['Priya Nair—VP Payments', { name: 'Priya Nair', role: 'VP Payments' }],
    ['Priya Nair–VP Payments', { name: 'Priya Nair', role: 'VP Payments' }],
    ['Anne-Marie Dubois—co-founder', { name: 'Anne-Marie Dubois', role: 'co-founder' }],
    ['Jean-Luc Picard –SRE lead', { name: 'Jean-Luc Picard', role: 'SRE lead' }],
    // The review of that change: an unspaced en dash right after a first word joins it to the next, as a hyphen does.
    ['Jean–Luc Picard, CTO', { name: 'Jean–Luc Picard', role: 'CTO' }],
    ['Jean–Luc Picard—CTO', { name: 'Jean–Luc Picard', role: 'CTO' }],
    // A hyphen needs its spaces: only the spaced one splits.
    ['Jean-Luc - SRE lead', { name: 'Jean-Luc', role: 'SRE lead' }],
    ['Anne-Marie Dubois-Martin', 'Anne-Marie Dubois-Martin'],
    // Whichever comes first; the rest is the role.
    ['Ramesh Iyer - Head of Legal, India', { name: 'Ramesh Iyer', role: 'Head of Legal, India' }],
    ['Priya Nair, EM - Payments', { name: 'Priya Nair', role: 'EM - Payments' }],
    // A hyphen inside a name or role is part of it.
    ['Mary-Jane Okafor', 'Mary-Jane Okafor'],
    ['Mary-Jane Okafor, co-founder', { name: 'Mary-Jane Okafor', role: 'co-founder' }],
    // A dash at the end, with nothing after it: a name.
    ['Ramesh Iyer -', 'Ramesh Iyer'],
  ])('reads %j', (value, partner) => {
    expect(parsePartners([value], '--partner')).toEqual([partner]);
  });

  it.each([', Head of Legal', '- Head of Legal', '— Head of Legal', '—Head of Legal'])('refuses %j, a role and no name', (value) => {
    expect(() => parsePartners([value], '--partner')).toThrow('A partner in --partner needs a name');
  });
});
