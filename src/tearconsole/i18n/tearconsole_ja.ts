<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ArcChart</name>
    <message>
        <source>intense (4-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>film, music, story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>music bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cues to see the arc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emotional arc: intensity over the planned time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}
{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceCards</name>
    <message>
        <source>Take your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hurry. We will go on when the room is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in slowly … and out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>tearconsole audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmWidgets</name>
    <message>
        <source>Not recorded</source>
        <extracomment>A checkbox whose box can be seen on the dark theme. Number fields typed into (arrows keys and the wheel still step them): the theme&apos;s padding leaves Fusion&apos;s spin buttons too small to use, and hides the digits with none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clocks</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {target}, {by} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {target}, on time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleBinding</name>
    <message>
        <source>Picked up where it stopped, paused. Resume (P) when the room is ready.</source>
        <extracomment>How long a notice for the facilitator stays up. The breathing pause that Extend adds. How often the record of what has played is re-read while nothing else changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <source>As planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft landing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softer ({level})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>A breathing pause of 30 seconds after the cue that is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s pace: pauses, cards and waits take this long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Pause {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stimulus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed: {title}</source>
        <comment>background music</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed stops</source>
        <comment>background music</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueInspector</name>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft tone at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes: only you see these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words on the breathing card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <comment>loudness</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <comment>what happens after the cue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cue to change its timing, fades and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timed silence over a breathing card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fades out the music bed that is playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stimulus is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plays under the next cues until a bed stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensity {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueListModel</name>
    <message>
        <source>playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  (soft landing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, tags, notes and story text</source>
        <extracomment>Typing waits this long for a pause before filtering (other filters apply at once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <comment>slides the room sees</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>a media file&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to </source>
        <comment>intensity from 1 to 5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>●  Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>●  Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○  Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Preflight: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · {live} live · {rehearsals} rehearsal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions here yet. Run or rehearse a plan and it will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} {date} report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session ({mode}) of {plan} on {date}, with its timeline, check-in and check-out and notes? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>``(path, duration_s, content_hash) -&gt; thumbnail path or None`` (playback.thumbnail).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as: {kind}: “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStrip</name>
    <message>
        <source>Stop importing</source>
        <extracomment>``() -&gt; (probe, thumbnail)`` callables, made when first needed (they hold libVLC).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {reason}. Nothing already added was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped. What was added before you stopped it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {number} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} Making a picture for each new film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} Making film pictures: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} Some films have no picture yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the missing files in {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search stopped: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <extracomment>Rows read on the GUI thread when the page opens; the rest come from the background. ``make_vlc(headless)`` -&gt; a libVLC instance (``playback.vlcenv.make_instance``). The whole library is in the table (after opening, an import, an edit...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find missing files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) · loading…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>film {count}</source>
        <comment>library tally</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>music {count}</source>
        <comment>library tally</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story {count}</source>
        <comment>library tally</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {count}</source>
        <comment>library tally</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): {tally}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The library is empty: import files or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}  —  showing {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where are the missing files now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Find in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected items after the selected cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cue that starts this music under the cues after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the cues, double-click, or select and press Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPreview</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensity {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveConsole</name>
    <message>
        <source>REHEARSAL  ·  the room&apos;s screen is left alone</source>
        <extracomment>Closing the main window mid-session: a second close within this many seconds quits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsed vs planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note ({key}): Enter private, Shift+Enter shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick note for the session&apos;s record. Enter keeps it private (out of reports unless asked for); Shift+Enter keeps it as shareable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room&apos;s screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide  ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show  ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close again within {seconds} s to end the session and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the room&apos;s screen  ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan yet: make one on the Plans page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} has no cues yet: add some on the Plans page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over and saved; the History page has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>tearconsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <comment>the page of past sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <comment>the page that runs a session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open after the session ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language can be changed once the console is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>(various; kept unless you type here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(each keeps its own title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each one&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. loss, family, rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags shared by all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields you change are applied to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme of the session (for you and the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Bed stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft landing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected cue as this plan&apos;s soft landing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: press New</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) · {planned} planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) · {planned} planned · target {target} ({by} over)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) · {planned} planned · target {target} ({by} under)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room (showing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalBar</name>
    <message>
        <source>Speed ({key}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek ({keys}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelinkReport</name>
    <message>
        <source>%n file(s) found again; {missing} still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n file(s) found again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Pick up where you were?</source>
        <extracomment>The dialog&apos;s answer for &quot;it is over&quot;: beyond Accepted (1) and Rejected (0).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick it up (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is over: keep it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the session finished; History keeps its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEndDialog</name>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember for next time (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable: include this note in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>skip the check-out</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStartDialog</name>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsing {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StimulusList</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SudsInput</name>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One figure for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the reading was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who answered {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s figure, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the 0-10 scale, e.g. from a show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = calm, 10 = the most distress imaginable. Anonymous: no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), average {mean}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Teleprompter</name>
    <message>
        <source>Reading: {title}</source>
        <extracomment>How much longer a story takes per soften level: the conductor&apos;s own story pace.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories appear here, to read aloud, when their cue runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading pace {pace}×  (− slower, + faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower while softened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>the story waits for its cue</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <comment>a slide the room sees</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <comment>a library item placed in a plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed start</source>
        <comment>background music starts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed stop</source>
        <comment>background music stops</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>a media file&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted (can be resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Choose a plan. Start it for the room, or rehearse it first: a rehearsal is recorded too, and leaves the room&apos;s screen alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
