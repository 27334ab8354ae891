# Auskunftsersuchen nach Art. 15 DSGVO, von der Organisation aufgrund der Vollmacht gesandt.
@subject Antrag auf Auskunft über personenbezogene Daten (Art. 15 DSGVO)
@salutation Sehr geehrte Damen und Herren,

{organisation} handelt im Namen von {participant}. Im Namen von {participant} beantragen wir nach
Artikel 15 der Datenschutz-Grundverordnung (DSGVO) Auskunft über die personenbezogenen Daten, die
Sie über diese Person verarbeiten. Wir handeln aufgrund der beigefügten, von {participant}
unterschriebenen Vollmacht.

@heading Angaben zur betroffenen Person
Bitte verwenden Sie die folgenden Angaben, um die betreffenden personenbezogenen Daten zu finden:
@each identifiers
@field {label} | {value}
@end

@heading Gegenstand des Antrags
Wir bitten Sie, uns Folgendes zur Verfügung zu stellen:
@each items
- {provision}: {name}.
@end

Bitte stellen Sie die Kopie (Art. 15 Abs. 3 DSGVO) in einem gängigen elektronischen Format zur
Verfügung, das heruntergeladen und gespeichert werden kann und nicht nur online einsehbar ist. Die
Kopie muss eine originalgetreue und verständliche Reproduktion der personenbezogenen Daten selbst
sein, keine Zusammenfassung (EuGH C-487/21, Österreichische Datenschutzbehörde, 4. Mai 2023).
@if electronic
Da dieser Antrag elektronisch gestellt wird, bitten wir Sie, auch elektronisch zu antworten (Art.
15 Abs. 3 DSGVO).
@end
Die erste Kopie ist unentgeltlich, und ein Auskunftsantrag bedarf keiner Begründung (Art. 12
Abs. 5 und Art. 15 Abs. 3 DSGVO; EuGH C-307/22, FT gegen DW, 26. Oktober 2023).

@heading Frist zur Beantwortung
Nach Art. 12 Abs. 3 DSGVO müssen Sie unverzüglich antworten, in jedem Fall aber innerhalb eines
Monats nach Eingang dieses Antrags.
@if due
Für diesen Antrag endet die Frist am {due}.
@end
Die Frist kann nur, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen
erforderlich ist, um weitere zwei Monate verlängert werden; Sie müssen uns dann innerhalb des
ersten Monats über die Verlängerung und die Gründe dafür unterrichten. Wenn Sie nicht tätig
werden, müssen Sie uns innerhalb eines Monats die Gründe dafür mitteilen und auf die Möglichkeit
hinweisen, Beschwerde bei einer Aufsichtsbehörde einzulegen oder einen gerichtlichen Rechtsbehelf
einzulegen (Art. 12 Abs. 4 DSGVO). Zusätzliche
Informationen zur Bestätigung der Identität dürfen Sie nur anfordern, wenn Sie begründete Zweifel
an ihr haben (Art. 12 Abs. 6 DSGVO).

@heading Vollmacht und Empfangsberechtigung
Mit der beigefügten Vollmacht ermächtigt {participant} {organisation}, diesen Antrag zu stellen
und Ihre Antwort sowie die personenbezogenen Daten im Namen von {participant} entgegenzunehmen.
Bitte senden Sie Ihre Antwort und die Daten unter Angabe unseres Zeichens an uns.
@if organisationEmail
Unsere E-Mail-Adresse lautet {organisationEmail}.
@end

@closing Mit freundlichen Grüßen
@enclosure Vollmacht, unterschrieben von {participant}
@if representative
@cc {representative}, Vertreter in der Union (Art. 27 DSGVO)
@end
