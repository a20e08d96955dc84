import { foldText } from '@shared/fold-text'

/** The gender a name is drawn for: which first names and which surname forms. */
export type Sex = 'female' | 'male'

export interface Culture {
  weight: number
  female: readonly string[]
  male: readonly string[]
  /** Surnames by the gender of the name, which differ where the language inflects them. */
  surnames: Record<Sex, readonly string[]>
}

/** A culture from '|'-separated lists, which keeps a few hundred names readable on a few lines. */
function defineCulture(
  weight: number,
  female: string,
  male: string,
  surnames: string,
  maleSurnames = surnames
): Culture {
  return {
    weight,
    female: female.split('|'),
    male: male.split('|'),
    surnames: { female: surnames.split('|'), male: maleSurnames.split('|') }
  }
}

/**
 * Names from many languages, mostly Latin script with diacritics plus Cyrillic and Greek, so the
 * list, search, sorting and the PDF font are exercised the way a real practice would. Scripts the
 * handout font cannot draw (CJK, Arabic) are left out on purpose. "Zoë Łukasz-Ørsted" is not
 * here: the end-to-end tests create that client and look for it by name.
 */
export const cultures: readonly Culture[] = [
  defineCulture(
    20,
    'Emma|Olivia|Charlotte|Amelia|Grace|Hannah|Sophie|Lucy|Megan|Rachel',
    'James|Oliver|Thomas|Daniel|Matthew|Ben|Sam|Jack|Harry|Chris',
    "Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Roberts|Walker|Wright|Robinson|Thompson|Hughes|Clarke|Patel|Khan|O'Connor|MacLeod|Okafor|Mensah"
  ),
  defineCulture(
    5,
    'Aoife|Siobhán|Niamh|Saoirse|Caoimhe|Róisín|Sinéad|Orla',
    'Seán|Cian|Oisín|Pádraig|Eoin|Darragh|Ciarán|Tadhg',
    'Ní Bhriain|Ní Mhurchú|Ní Shúilleabháin|Ní Cheallaigh|Murphy|Kelly|Byrne|Walsh',
    'Ó Briain|Ó Murchú|Ó Súilleabháin|Ó Ceallaigh|Murphy|Kelly|Byrne|Walsh'
  ),
  defineCulture(
    8,
    'Inés|María|Lucía|Carmen|Paula|Elena|Marta|Sofía|Begoña|Nuria',
    'Javier|Álvaro|José|Andrés|Pablo|Sergio|Iñaki|Raúl|Jesús|Martín',
    'García|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Muñoz|Jiménez|Ruiz|Álvarez|Núñez|Ibáñez|García López'
  ),
  defineCulture(
    7,
    'Jana|Lena|Anna|Katrin|Sabine|Lea|Ursula|Miriam|Johanna|Jülide',
    'Jürgen|Lukas|Felix|Matthias|Stefan|Jörg|Tobias|Maximilian|Björn|Uwe',
    'Weiß|Müller|Schröder|Becker|Hoffmann|Schäfer|Köhler|Groß|Krüger|Fuchs|Wagner|Böhm|Meißner'
  ),
  defineCulture(
    5,
    'Ingrid|Astrid|Sigrid|Freja|Maja|Linnéa|Åsa|Solveig',
    'Søren|Bjørn|Mads|Anders|Lars|Øystein|Håkon|Jens',
    'Kjær|Nielsen|Sørensen|Jørgensen|Lindqvist|Åberg|Løvås|Holm|Dahl|Berg|Ødegaard|Strøm'
  ),
  defineCulture(
    5,
    'Agnieszka|Małgorzata|Katarzyna|Zofia|Joanna|Magdalena',
    'Łukasz|Paweł|Krzysztof|Tomasz|Michał|Wojciech|Jakub',
    'Kowalska|Wiśniewska|Wójcik|Kamińska|Lewandowska|Zielińska|Dąbrowska|Woźniak',
    'Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Dąbrowski|Woźniak'
  ),
  defineCulture(
    4,
    'Анна|Мария|Екатерина|Ольга|Наталья|Татьяна|Юлия',
    'Дмитрий|Алексей|Сергей|Иван|Михаил|Андрей|Никита',
    'Волкова|Иванова|Смирнова|Кузнецова|Попова|Соколова|Лебедева',
    'Волков|Иванов|Смирнов|Кузнецов|Попов|Соколов|Лебедев'
  ),
  defineCulture(
    2,
    'Anna|Maria|Ekaterina|Olga|Natalia|Yulia',
    'Dmitri|Alexei|Sergei|Ivan|Mikhail|Nikita',
    'Volkova|Ivanova|Smirnova|Kuznetsova|Sokolova',
    'Volkov|Ivanov|Smirnov|Kuznetsov|Sokolov'
  ),
  defineCulture(
    2,
    'Олена|Ірина|Оксана|Наталія',
    'Андрій|Олександр|Тарас|Богдан',
    'Шевченко|Коваленко|Бондаренко|Ткаченко|Кравченко|Мельник|Ковальчук'
  ),
  defineCulture(
    3,
    'Σοφία|Μαρία|Ελένη|Κατερίνα|Δήμητρα|Αγγελική',
    'Γιώργος|Νίκος|Δημήτρης|Κώστας|Γιάννης|Αλέξανδρος',
    'Παπαδοπούλου|Οικονόμου|Γεωργίου|Νικολάου|Παπαδάκη|Βασιλείου',
    'Παπαδόπουλος|Οικονόμου|Γεωργίου|Νικολάου|Παπαδάκης|Βασιλείου'
  ),
  defineCulture(
    5,
    'Chloé|Léa|Amélie|Camille|Hélène|Élodie|Margaux|Zoé',
    'Théo|Hugo|Étienne|Jérôme|François|Loïc|Benoît|Noël',
    'Lefèvre|Dubois|Moreau|Girard|Rousseau|Fournier|Mercier|Chevalier|Lemaître'
  ),
  defineCulture(
    4,
    'Giulia|Chiara|Francesca|Martina|Alessia',
    'Niccolò|Luca|Matteo|Davide|Lorenzo',
    'Rossi|Bianchi|Ferrari|Esposito|Romano|Colombo|Ricci|De Luca|Marino'
  ),
  defineCulture(
    3,
    'Ana|Beatriz|Joana|Leonor|Mariana|Inês',
    'João|Gonçalo|Tiago|Rodrigo|Sebastião',
    'Gonçalves|Simões|Magalhães|Araújo|Brandão|Sousa|Lima'
  ),
  defineCulture(
    2,
    'Tereza|Kateřina|Lucie|Barbora',
    'Jiří|Tomáš|Ondřej|Vojtěch',
    'Dvořáková|Nováková|Černá|Procházková',
    'Dvořák|Novák|Černý|Procházka'
  ),
  defineCulture(2, 'Ayşe|Elif|Zeynep|Gülşen', 'Çağrı|Mehmet|Emre|Oğuz', 'Yılmaz|Öztürk|Şahin|Çelik|Doğan'),
  defineCulture(1, 'Réka|Zsófia|Eszter', 'Gábor|Zoltán|Ádám', 'Szőke|Kovács|Tóth|Nagy|Horváth'),
  defineCulture(
    1,
    'Guðrún|Sigríður|Þóra',
    'Jón|Þórður|Björn',
    'Jónsdóttir|Sigurðardóttir|Þórðardóttir',
    'Jónsson|Sigurðsson|Þórðarson'
  ),
  defineCulture(
    2,
    'Sanne|Femke|Eline|Anouk',
    'Daan|Sem|Joost|Bram',
    'de Vries|van den Berg|Jansen|Bakker|van Dijk|Visser'
  ),
  defineCulture(1, 'Lan|Thảo|Linh|Hương', 'Minh|Huy|Đức|Quang', 'Nguyễn|Trần|Lê|Phạm|Đặng'),
  defineCulture(2, 'Haruka|Yūko|Aiko|Megumi', 'Kenji|Yūto|Kōji|Shōta', 'Satō|Itō|Tanaka|Watanabe|Katō|Saitō'),
  defineCulture(
    2,
    'Priya|Ananya|Kavya|Layla|Nour|Amara|Chiamaka',
    'Arjun|Rohan|Omar|Youssef|Karim|Kwame|Tunde',
    'Sharma|Iyer|Nair|Reddy|Haddad|Khalil|El Amrani|Adeyemi|Boateng'
  )
]

export const cultureWeights = cultures.map((culture) => [culture, culture.weight] as const)

/** Email addresses need ASCII; Cyrillic and Greek are transliterated, the rest folded. */
// prettier-ignore
const translit: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya', ь: '', ъ: '',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  ß: 'ss', æ: 'ae', þ: 'th', ð: 'd', đ: 'd', ı: 'i', œ: 'oe'
}

export function asciiWord(text: string): string {
  const folded = foldText(text).replace(/ου/g, 'ou')
  let out = ''
  for (const ch of folded) out += translit[ch] ?? ch
  return out.replace(/[^a-z]/g, '')
}
