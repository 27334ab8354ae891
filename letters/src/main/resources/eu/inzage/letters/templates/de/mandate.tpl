# Die Vollmacht (docs/law/mandate.md): Vollmachtgeber, Bevollmächtigte, Umfang, Untervollmacht, Dauer.
@subject Vollmacht für Anträge nach der Datenschutz-Grundverordnung

Ich, die unterzeichnende Person (Vollmachtgeber), bevollmächtige {organisation} (die
Bevollmächtigte), mich gegenüber {controller} wie folgt zu vertreten.

@heading 1. Vollmachtgeber
@field Name | {participant}
@if birthDate
@field Geburtsdatum | {birthDate}
@end
@if address
@field Anschrift | {address}
@end
@field Wohnsitzland | {residence}
@if email
@field E-Mail-Adresse | {email}
@end
@if phone
@field Telefonnummer | {phone}
@end
@each accounts
@field {label} (Konto) | {value}
@end

@heading 2. Bevollmächtigte
@field Name | {organisation}
@if legalForm
@field Rechtsform | {legalForm}
@end
@if registration
@field Registernummer | {registration}
@end
@if organisationAddress
@field Anschrift | {organisationAddress}
@end
@if organisationEmail
@field E-Mail-Adresse | {organisationEmail}
@end
@if objectives
@field Satzungsmäßige Ziele | {objectives}
@end

@heading 3. Umfang
Diese Vollmacht betrifft {controller}. Sie berechtigt die Bevollmächtigte,
- nach Art. 15 DSGVO Auskunft über meine personenbezogenen Daten zu verlangen, einschließlich
  einer Kopie der Daten (Art. 15 Abs. 3 DSGVO);
- auf meine Weisung in meinem Namen meine Rechte auf Berichtigung (Art. 16), Löschung
  (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und
  Widerspruch (Art. 21) auszuüben;
- die Antwort und meine personenbezogenen Daten in meinem Namen entgegenzunehmen;
- solche Anträge weiterzuverfolgen, auch durch eine Beschwerde bei einer Aufsichtsbehörde
  (Art. 77), gerichtliche Rechtsbehelfe gegen eine Aufsichtsbehörde oder den Verantwortlichen
  (Art. 78 und 79) und die Geltendmachung von Schadenersatz (Art. 82).

@heading 4. Untervollmacht
@if subDelegation
Die Bevollmächtigte darf diese Vollmacht ganz oder teilweise auf eine Rechtsanwältin, einen
Rechtsanwalt oder eine andere zur Verschwiegenheit verpflichtete Vertretung übertragen, die dann
zu denselben Bedingungen handelt.
@else
Die Bevollmächtigte darf diese Vollmacht nicht auf andere übertragen.
@end

@heading 5. Dauer, Widerruf und Erklärung
@if validUntil
Diese Vollmacht gilt ab dem Tag der Unterschrift bis zum {validUntil}, sofern ich sie nicht vorher
widerrufe.
@else
Diese Vollmacht gilt ab dem Tag der Unterschrift, bis ich sie widerrufe.
@end
Ich kann sie jederzeit durch Mitteilung an die Bevollmächtigte widerrufen.
@if organisationEmail
Eine E-Mail an {organisationEmail} genügt.
@end
Ein Widerruf berührt nicht, was die Bevollmächtigte vor seinem Zugang getan hat. Ich erkläre,
dass ich mindestens 18 Jahre alt bin und dass die obigen Angaben richtig sind.
@if bilingual
Diese Vollmacht ist in zwei Sprachen abgefasst; beide Fassungen haben denselben Inhalt.
@end
