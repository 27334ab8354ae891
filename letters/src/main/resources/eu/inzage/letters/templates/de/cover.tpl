# Anschreiben eines gemeinsamen Auskunftsantrags (Art. 15 DSGVO) an einen Verantwortlichen, eine Welle.
@subject Gemeinsamer Antrag auf Auskunft über personenbezogene Daten (Art. 15 DSGVO)
@salutation Sehr geehrte Damen und Herren,

{organisation} handelt für {count} Personen, die uns jeweils schriftlich bevollmächtigt haben. In
ihrem Namen beantragen wir nach Artikel 15 der Datenschutz-Grundverordnung (DSGVO) Auskunft über
die personenbezogenen Daten, die Sie über jede dieser Personen verarbeiten.
@if several
Dieses Schreiben wird in {volumes} Teilen versandt; dies ist Teil {volume} mit den Teilnehmenden
{first} bis {last}.
@end

@heading Rechtsgrundlage
Jede teilnehmende Person hat das Auskunftsrecht nach Artikel 15 DSGVO. Sie kann sich dabei
vertreten lassen: Wir handeln aufgrund der beigefügten Vollmachten, die jede teilnehmende Person
unterzeichnet hat und die uns ermächtigen, diesen Antrag zu stellen und Ihre Antwort und die
personenbezogenen Daten für sie entgegenzunehmen. Die Vollmachten beruhen auf dem
@if lawCitation
Stellvertretungsrecht; für sie gilt {law} ({lawCitation}).
@else
Stellvertretungsrecht; für sie gilt {law}.
@end
Für einen Auskunftsantrag bedarf es des Artikels 80 DSGVO nicht.

@heading Antragsumfang je teilnehmender Person
- eine Bestätigung, ob Sie personenbezogene Daten über die Person verarbeiten (Art. 15 Abs. 1
  DSGVO);
- Auskunft über diese Daten und eine Kopie davon (Art. 15 Abs. 1 und 3 DSGVO) in einem gängigen
  elektronischen Format, das heruntergeladen und aufbewahrt werden kann: eine originalgetreue und
  verständliche Reproduktion der Daten selbst, keine Zusammenfassung (EuGH C-487/21,
  Österreichische Datenschutzbehörde, 4. Mai 2023);
- die Informationen nach Art. 15 Abs. 1 lit. a bis h und Abs. 2 DSGVO: Zwecke, Kategorien, die
  tatsächlichen Empfänger, die Speicherdauer, die Rechte der betroffenen Person, das
  Beschwerderecht, die Herkunft, automatisierte Entscheidungsfindung einschließlich Profiling
  gemäß Art. 22 Abs. 1 und 4 DSGVO und die involvierte Logik sowie die Garantien bei
  Übermittlungen in Drittländer.

@heading Teilnehmende Personen
Die Anlage nennt die Teilnehmenden dieses Teils mit den Angaben, die Sie zum Auffinden ihrer Daten
benötigen, und dem Zeichen der Vollmacht jeder Person. Die Vollmachten folgen der Anlage in
derselben Reihenfolge. Bitte antworten Sie für jede teilnehmende Person gesondert unter Angabe
unseres Zeichens und ihrer Nummer in der Anlage.

@heading Frist zur Beantwortung
Nach Art. 12 Abs. 3 DSGVO müssen Sie unverzüglich, in jedem Fall aber innerhalb eines Monats
nach Eingang dieses Schreibens antworten. Die Frist kann nur, wenn dies unter Berücksichtigung der
Komplexität und der Anzahl von Anträgen erforderlich ist, um zwei weitere Monate verlängert
werden; Sie müssen uns dann innerhalb des ersten Monats über die Verlängerung und die Gründe dafür
unterrichten. Werden Sie für eine Person nicht tätig, müssen Sie uns innerhalb eines Monats die
Gründe sowie die Möglichkeit mitteilen, bei einer Aufsichtsbehörde Beschwerde oder einen
gerichtlichen Rechtsbehelf einzulegen (Art. 12 Abs. 4 DSGVO). Die erste Kopie ist unentgeltlich,
und ein Auskunftsantrag bedarf keiner Begründung (Art. 12 Abs. 5 und Art. 15 Abs. 3 DSGVO; EuGH
C-307/22, FT gegen DW, 26. Oktober 2023). Zusätzliche Informationen zur
Bestätigung der Identität dürfen Sie nur bei begründeten Zweifeln anfordern (Art. 12 Abs. 6
DSGVO).

@heading Zustellung der Antwort
Bitte senden Sie die Antworten und die Daten an {organisation} unter Angabe unseres Zeichens.
@if organisationEmail
Unsere E-Mail-Adresse ist {organisationEmail}.
@end

@closing Mit freundlichen Grüßen
@enclosure Anlage: Liste der Teilnehmenden {first} bis {last}
@enclosure Die Vollmachten dieser {inVolume} Teilnehmenden
@if representative
@cc {representative}, Vertreter in der Union (Art. 27 DSGVO)
@end
