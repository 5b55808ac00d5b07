<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>Checkin</name>
        <message numerus="yes">
            <source>%n person(s), average {mean}</source>
            <translation>
                <numerusform>%n person, average {mean}</numerusform>
                <numerusform>%n people, average {mean}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n file(s) could not be imported; the reasons are listed above, and everything else was imported.</source>
            <translation>
                <numerusform>%n file could not be imported; the reasons are listed above, and everything else was imported.</numerusform>
                <numerusform>%n files could not be imported; the reasons are listed above, and everything else was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported; the reasons are listed in the output, and everything else was imported.</source>
            <translation>
                <numerusform>%n file could not be imported; the reasons are listed in the output, and everything else was imported.</numerusform>
                <numerusform>%n files could not be imported; the reasons are listed in the output, and everything else was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{plan}' has %n problem(s) to fix before it can run as planned.</source>
            <translation>
                <numerusform>'{plan}' has %n problem to fix before it can run as planned.</numerusform>
                <numerusform>'{plan}' has %n problems to fix before it can run as planned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created plan '{name}' (id {id}) with %n cue(s), {planned} planned.</source>
            <translation>
                <numerusform>Created plan '{name}' (id {id}) with %n cue, {planned} planned.</numerusform>
                <numerusform>Created plan '{name}' (id {id}) with %n cues, {planned} planned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n missing file(s) was found in {folder}; point relink at the folder they were moved to.</source>
            <translation>
                <numerusform>None of the %n missing file was found in {folder}; point relink at the folder they were moved to.</numerusform>
                <numerusform>None of the %n missing files was found in {folder}; point relink at the folder they were moved to.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still waiting to be saved: %n step(s) of this session, which the report leaves out; the tearconsole that is open saves them, then make the report again.</source>
            <translation>
                <numerusform>Still waiting to be saved: %n step of this session, which the report leaves out; the tearconsole that is open saves them, then make the report again.</numerusform>
                <numerusform>Still waiting to be saved: %n steps of this session, which the report leaves out; the tearconsole that is open saves them, then make the report again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n cue(s), {planned} planned, target {target}</source>
            <translation>
                <numerusform>{name}: %n cue, {planned} planned, target {target}</numerusform>
                <numerusform>{name}: %n cues, {planned} planned, target {target}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CueEditing</name>
        <message numerus="yes">
            <source>add %n cues</source>
            <translation>
                <numerusform>add %n cues</numerusform>
                <numerusform>add %n cues</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%n live</source>
            <translation>
                <numerusform>%n live</numerusform>
                <numerusform>%n live</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rehearsal(s)</source>
            <translation>
                <numerusform>%n rehearsal</numerusform>
                <numerusform>%n rehearsals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>%n already in the library</numerusform>
                <numerusform>%n already in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be used</source>
            <translation>
                <numerusform>%n could not be used</numerusform>
                <numerusform>%n could not be used</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n imported</source>
            <translation>
                <numerusform>%n imported</numerusform>
                <numerusform>%n imported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportStrip</name>
        <message numerus="yes">
            <source>%n item(s) copied into tearconsole's data folder.</source>
            <translation>
                <numerusform>%n item copied into tearconsole's data folder.</numerusform>
                <numerusform>%n items copied into tearconsole's data folder.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message numerus="yes">
            <source>%n item(s) · loading…</source>
            <translation>
                <numerusform>%n item · loading…</numerusform>
                <numerusform>%n items · loading…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s): {tally}</source>
            <translation>
                <numerusform>%n item: {tally}</numerusform>
                <numerusform>%n items: {tally}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n missing</numerusform>
                <numerusform>%n missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit %n…</source>
            <translation>
                <numerusform>Edit %n…</numerusform>
                <numerusform>Edit %n…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message numerus="yes">
            <source>Edit %n items</source>
            <translation>
                <numerusform>Edit %n items</numerusform>
                <numerusform>Edit %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message numerus="yes">
            <source>%n asked for a break</source>
            <translation>
                <numerusform>%n asked for a break</numerusform>
                <numerusform>%n asked for a break</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asked for softer in the last 3 minutes</source>
            <translation>
                <numerusform>%n asked for softer in the last 3 minutes</numerusform>
                <numerusform>%n asked for softer in the last 3 minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at 8 or more</source>
            <translation>
                <numerusform>%n at 8 or more</numerusform>
                <numerusform>%n at 8 or more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phone(s)</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>%n phone</numerusform>
                <numerusform>%n phones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>8+ %n</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>8+ %n</numerusform>
                <numerusform>8+ %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Phones: %n</source>
            <translation>
                <numerusform>Phones: %n</numerusform>
                <numerusform>Phones: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>break %n</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>break %n</numerusform>
                <numerusform>break %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>softer %n</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>softer %n</numerusform>
                <numerusform>softer %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanEditorPage</name>
        <message numerus="yes">
            <source>%n cue(s) · {planned} planned</source>
            <translation>
                <numerusform>%n cue · {planned} planned</numerusform>
                <numerusform>%n cues · {planned} planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) · {planned} planned · target {target} ({by} over)</source>
            <translation>
                <numerusform>%n cue · {planned} planned · target {target} ({by} over)</numerusform>
                <numerusform>%n cues · {planned} planned · target {target} ({by} over)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) · {planned} planned · target {target} ({by} under)</source>
            <translation>
                <numerusform>%n cue · {planned} planned · target {target} ({by} under)</numerusform>
                <numerusform>%n cues · {planned} planned · target {target} ({by} under)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanList</name>
        <message numerus="yes">
            <source>{name}
%n cue(s) · {length}</source>
            <translation>
                <numerusform>{name}
%n cue · {length}</numerusform>
                <numerusform>{name}
%n cues · {length}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message numerus="yes">
            <source>This plan uses %n item(s) nobody has reviewed yet ({names}): set their intensity and content notes in the library, so the content notice and pacing checks can be trusted.</source>
            <translation>
                <numerusform>This plan uses %n item nobody has reviewed yet ({names}): set their intensity and content notes in the library, so the content notice and pacing checks can be trusted.</numerusform>
                <numerusform>This plan uses %n items nobody has reviewed yet ({names}): set their intensity and content notes in the library, so the content notice and pacing checks can be trusted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelinkReport</name>
        <message numerus="yes">
            <source>%n file(s) found again</source>
            <translation>
                <numerusform>%n file found again</numerusform>
                <numerusform>%n files found again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) found again; {missing} still missing</source>
            <translation>
                <numerusform>%n file found again; {missing} still missing</numerusform>
                <numerusform>%n files found again; {missing} still missing</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message numerus="yes">
            <source>%n request(s) refused (see remote.log in the data folder)</source>
            <translation>
                <numerusform>%n request refused (see remote.log in the data folder)</numerusform>
                <numerusform>%n requests refused (see remote.log in the data folder)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RemoteStatus</name>
        <message numerus="yes">
            <source>{state} · %n refused</source>
            <translation>
                <numerusform>{state} · %n refused</numerusform>
                <numerusform>{state} · %n refused</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n asked for a break</source>
            <translation>
                <numerusform>%n asked for a break</numerusform>
                <numerusform>%n asked for a break</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asked for softer</source>
            <translation>
                <numerusform>%n asked for softer</numerusform>
                <numerusform>%n asked for softer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomCheckPage</name>
        <message numerus="yes">
            <source>%n file(s) cannot be read now: what to do is under the list.</source>
            <translation>
                <numerusform>%n file cannot be read now: what to do is under the list.</numerusform>
                <numerusform>%n files cannot be read now: what to do is under the list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n file(s) of the plan can be read now.</source>
            <translation>
                <numerusform>All %n file of the plan can be read now.</numerusform>
                <numerusform>All %n files of the plan can be read now.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SudsInput</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
    </context>
</TS>
