# Antrag auf Löschung nach Art. 17 DSGVO, aufgrund der Vollmacht gesandt.
@subject Antrag auf Löschung personenbezogener Daten (Art. 17 DSGVO)
@salutation Sehr geehrte Damen und Herren,

{organisation} handelt im Namen von {participant}. Im Namen von {participant} beantragen wir nach
Artikel 17 der Datenschutz-Grundverordnung (DSGVO), alle personenbezogenen Daten, die Sie über
diese Person verarbeiten, unverzüglich zu löschen. Wir handeln aufgrund der beigefügten, von
{participant} unterschriebenen Vollmacht.

@heading Die betroffene Person
Bitte verwenden Sie die folgenden Angaben, um die betreffenden personenbezogenen Daten zu finden:
@each identifiers
@field {label} | {value}
@end

@heading Gründe
{participant} stützt sich auf die folgenden Gründe des Art. 17 Abs. 1 DSGVO:
- die personenbezogenen Daten sind für die Zwecke, für die sie erhoben oder auf sonstige Weise
  verarbeitet wurden, nicht mehr notwendig (lit. a);
- {participant} widerruft jede Einwilligung, auf die sich die Verarbeitung stützt (lit. b und
  Art. 7 Abs. 3 DSGVO);
- {participant} legt nach Art. 21 DSGVO Widerspruch gegen die Verarbeitung ein, und es liegen
  keine vorrangigen berechtigten Gründe für die Verarbeitung vor (lit. c);
- soweit die Verarbeitung unrechtmäßig war, sind die Daten auch deshalb zu löschen (lit. d).

@heading Worum wir Sie bitten
- Löschen Sie die personenbezogenen Daten, auch die Kopien bei Auftragsverarbeitern, die für Sie
  tätig sind.
- Haben Sie die Daten öffentlich gemacht, treffen Sie angemessene Maßnahmen, um andere
  Verantwortliche, die sie verarbeiten, über diesen Antrag zu informieren (Art. 17 Abs. 2
  DSGVO).
- Teilen Sie allen Empfängern, denen die Daten offengelegt wurden, die Löschung mit, und nennen
  Sie uns diese Empfänger (Art. 19 DSGVO).
- Bestätigen Sie uns die Löschung schriftlich.

Nach Art. 12 Abs. 3 DSGVO müssen Sie uns unverzüglich, in jedem Fall aber innerhalb eines Monats
nach Eingang dieses Antrags über die ergriffenen Maßnahmen unterrichten.
@if due
Für diesen Antrag endet die Frist am {due}.
@end
Löschen Sie die Daten ganz oder teilweise nicht, etwa weil Sie sich auf eine Ausnahme nach
Art. 17 Abs. 3 DSGVO berufen, müssen Sie uns innerhalb dieser Frist die Gründe mitteilen und auf
die Möglichkeit hinweisen, Beschwerde bei einer Aufsichtsbehörde einzulegen (Art. 12 Abs. 4
DSGVO).

Mit der beigefügten Vollmacht ermächtigt {participant} {organisation}, Ihre Antwort im Namen von
{participant} entgegenzunehmen. Bitte senden Sie sie unter Angabe unseres Zeichens an uns.
@if organisationEmail
Unsere E-Mail-Adresse lautet {organisationEmail}.
@end

@closing Mit freundlichen Grüßen
@enclosure Vollmacht, unterschrieben von {participant}
@if representative
@cc {representative}, Vertreter in der Union (Art. 27 DSGVO)
@end
