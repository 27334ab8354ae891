# Antrag auf Löschung (Art. 17 DSGVO) auf die unterschriebene Weisung der teilnehmenden Person,
# aufgrund der Vollmacht gesandt. Solange die Kopie der Daten (Art. 15 Abs. 3 DSGVO) nicht
# eingegangen ist, wird stattdessen die Einschränkung der Verarbeitung beantragt (Art. 18 DSGVO):
# Die Daten werden dann noch für Rechtsansprüche benötigt.
@if copyReceived
@subject Antrag auf Löschung personenbezogener Daten (Art. 17 DSGVO)
@else
@subject Antrag auf Einschränkung der Verarbeitung personenbezogener Daten (Art. 18 DSGVO)
@end
@salutation Sehr geehrte Damen und Herren,

@if copyReceived
{organisation} handelt im Namen von {participant}. Auf die beigefügte Weisung von {participant}
vom {erasureInstructedOn} bitten wir Sie nach Artikel 17 der Datenschutz-Grundverordnung (DSGVO),
alle personenbezogenen Daten, die Sie über diese Person verarbeiten, unverzüglich zu löschen. Wir
handeln aufgrund der beigefügten, von {participant} unterschriebenen Vollmacht, die einen Antrag
auf Löschung nur auf Weisung von {participant} erlaubt.
@else
{organisation} handelt im Namen von {participant}. Mit der beigefügten Weisung vom
{erasureInstructedOn} hat {participant} uns beauftragt, die Löschung aller personenbezogenen Daten
zu beantragen, die Sie über diese Person verarbeiten (Artikel 17 der
Datenschutz-Grundverordnung, DSGVO). {participant} hat die Kopie dieser Daten (Art. 15 Abs. 3
DSGVO) noch nicht erhalten und benötigt die Daten zur Geltendmachung, Ausübung oder Verteidigung
von Rechtsansprüchen (vgl. Art. 17 Abs. 3 lit. e DSGVO). Wir bitten Sie daher, die Verarbeitung
dieser Daten jetzt einzuschränken (Art. 18 Abs. 1 lit. c DSGVO) und sie nicht zu löschen, bevor
Sie die Kopie zur Verfügung gestellt haben. Sobald die Kopie eingegangen ist, werden wir die
Löschung beantragen. Wir handeln aufgrund der beigefügten, von {participant} unterschriebenen
Vollmacht.
@end

@heading Angaben zur betroffenen Person
Bitte verwenden Sie die folgenden Angaben, um die betreffenden personenbezogenen Daten zu finden:
@each identifiers
@field {label} | {value}
@end

@if copyReceived
@heading Begründung
{participant} stützt sich auf die folgenden Gründe des Art. 17 Abs. 1 DSGVO:
- Die personenbezogenen Daten sind für die Zwecke, für die sie erhoben oder auf sonstige Weise
  verarbeitet wurden, nicht mehr notwendig (Art. 17 Abs. 1 lit. a DSGVO).
- {participant} widerruft jede Einwilligung, auf die sich die Verarbeitung stützt (Art. 17
  Abs. 1 lit. b DSGVO und Art. 7 Abs. 3 DSGVO).
- {participant} widerspricht der Verarbeitung personenbezogener Daten zum Zwecke der
  Direktwerbung, einschließlich des damit in Verbindung stehenden Profilings (Art. 21 Abs. 2
  DSGVO); die Daten werden dann für diese Zwecke nicht mehr verarbeitet (Art. 21 Abs. 3 DSGVO)
  und sind zu löschen (Art. 17 Abs. 1 lit. c DSGVO).
@if objectionGrounds
- {participant} widerspricht der Verarbeitung außerdem nach Art. 21 Abs. 1 DSGVO aus Gründen,
  die sich aus der besonderen Situation von {participant} ergeben: {objectionGrounds}. Sofern
  Sie keine zwingenden schutzwürdigen Gründe nachweisen, die überwiegen, sind die Daten zu
  löschen (Art. 17 Abs. 1 lit. c DSGVO).
@end
- Soweit die Verarbeitung unrechtmäßig war, sind die Daten auch deshalb zu löschen (Art. 17
  Abs. 1 lit. d DSGVO).

@heading Unser Ersuchen
Wir bitten Sie,
- die personenbezogenen Daten zu löschen, auch die Kopien bei Auftragsverarbeitern, die für Sie
  tätig sind;
- falls Sie die Daten öffentlich gemacht haben, angemessene Maßnahmen zu treffen, um andere
  Verantwortliche, die sie verarbeiten, über diesen Antrag zu informieren (Art. 17 Abs. 2
  DSGVO);
- allen Empfängern, denen die Daten offengelegt wurden, die Löschung mitzuteilen und uns diese
  Empfänger zu nennen (Art. 19 DSGVO);
- uns die Löschung schriftlich zu bestätigen.
@else
@heading Widerspruch
{participant} widerspricht der Verarbeitung personenbezogener Daten zum Zwecke der Direktwerbung,
einschließlich des damit in Verbindung stehenden Profilings (Art. 21 Abs. 2 DSGVO); die Daten
werden dann für diese Zwecke nicht mehr verarbeitet (Art. 21 Abs. 3 DSGVO).
@if objectionGrounds
{participant} widerspricht der Verarbeitung außerdem nach Art. 21 Abs. 1 DSGVO aus Gründen, die
sich aus der besonderen Situation von {participant} ergeben: {objectionGrounds}. Solange nicht
feststeht, ob Ihre berechtigten Gründe überwiegen, ist die Verarbeitung auch deshalb
einzuschränken (Art. 18 Abs. 1 lit. d DSGVO).
@end

@heading Unser Ersuchen
Wir bitten Sie,
- die Verarbeitung der personenbezogenen Daten einzuschränken, sodass sie, von ihrer Speicherung
  abgesehen, nur mit Einwilligung von {participant} oder für Rechtsansprüche verarbeitet werden
  (Art. 18 Abs. 2 DSGVO);
- die Daten nicht zu löschen, bevor Sie die Kopie zur Verfügung gestellt haben;
- allen Empfängern, denen die Daten offengelegt wurden, die Einschränkung mitzuteilen und uns
  diese Empfänger zu nennen (Art. 19 DSGVO);
- uns zu unterrichten, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO).
@end

Nach Art. 12 Abs. 3 DSGVO stellen Sie uns Informationen über die ergriffenen Maßnahmen
unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang dieses Antrags zur
Verfügung.
@if due
Für diesen Antrag endet die Frist am {due}.
@end
Sollten Sie dem Antrag ganz oder teilweise nicht nachkommen, etwa weil Sie sich auf eine Ausnahme
nach Art. 17 Abs. 3 DSGVO berufen, bitten wir Sie, uns innerhalb dieser Frist die Gründe
mitzuteilen und auf die Möglichkeit hinzuweisen, Beschwerde bei einer Aufsichtsbehörde oder einen
gerichtlichen Rechtsbehelf einzulegen (Art. 12 Abs. 4 DSGVO).

Mit der beigefügten Vollmacht ermächtigt {participant} {organisation}, Ihre Antwort im Namen von
{participant} entgegenzunehmen. Bitte senden Sie sie unter Angabe unseres Zeichens an uns.
@if organisationEmail
Unsere E-Mail-Adresse lautet {organisationEmail}.
@end

@closing Mit freundlichen Grüßen
@enclosure Vollmacht, unterschrieben von {participant}
@enclosure Weisung zur Löschung, unterschrieben von {participant} am {erasureInstructedOn}
@if representative
@cc {representative}, Vertreter in der Union (Art. 27 DSGVO)
@end
