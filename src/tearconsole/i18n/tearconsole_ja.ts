<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>ArcChart</name>
        <message>
            <source>intense (4-5)</source>
            <translation>強い（4〜5）</translation>
        </message>
        <message>
            <source>film, music, story</source>
            <translation>映像・音楽・物語</translation>
        </message>
        <message>
            <source>card</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>静かな間</translation>
        </message>
        <message>
            <source>music bed</source>
            <translation>BGM</translation>
        </message>
        <message>
            <source>Add cues to see the arc</source>
            <translation>キューを加えると流れが表示されます</translation>
        </message>
        <message>
            <source>target {time}</source>
            <translation>目標 {time}</translation>
        </message>
        <message>
            <source>The emotional arc: intensity over the planned time</source>
            <translation>感情の流れ：予定の時間に沿った強さ</translation>
        </message>
        <message>
            <source>{number}. {title}
{start} to {end}</source>
            <translation>{number}. {title}
{start}〜{end}</translation>
        </message>
    </context>
    <context>
        <name>AudienceCards</name>
        <message>
            <source>Take your time</source>
            <translation>どうぞ、ごゆっくり</translation>
        </message>
        <message>
            <source>There is no hurry. We will go on when the room is ready.</source>
            <translation>急ぐことはありません。皆さんの準備が整ったら、続けます。</translation>
        </message>
        <message>
            <source>Breathe in slowly … and out.</source>
            <translation>ゆっくり息を吸って……吐きましょう。</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>tearconsole audience</source>
            <translation>tearconsole 会場画面</translation>
        </message>
    </context>
    <context>
        <name>AudioWatch</name>
        <message>
            <source>There is no sound output: connect the speakers or the projector's sound.</source>
            <translation>音の出力がありません。スピーカーかプロジェクターの音声をつないでください。</translation>
        </message>
        <message>
            <source>The sound output {chosen} is gone: sound now plays on {now}.</source>
            <translation>音の出力 {chosen} が見つかりません。音は今 {now} から流れています。</translation>
        </message>
        <message>
            <source>The sound output {chosen} is gone: reconnect it.</source>
            <translation>音の出力 {chosen} が見つかりません。つなぎ直してください。</translation>
        </message>
        <message>
            <source>The sound output {chosen} is back: sound plays there again.</source>
            <translation>音の出力 {chosen} が戻りました。音はまたそこから流れます。</translation>
        </message>
        <message>
            <source>The sound server stopped: nothing is heard now. The cue goes on, and its sound comes back when the server does.</source>
            <translation>サウンドサーバーが止まりました。今は何も聞こえません。キューはそのまま進み、サーバーが戻ると音も戻ります。</translation>
        </message>
        <message>
            <source>The sound server is back: sound plays on {name} again.</source>
            <translation>サウンドサーバーが戻りました。音はまた {name} から流れます。</translation>
        </message>
        <message>
            <source>The sound server is back: sound plays on the system's default output.</source>
            <translation>サウンドサーバーが戻りました。音はシステムの既定の出力から流れます。</translation>
        </message>
        <message>
            <source>No sound output is chosen: the sound would go to the system's default output, which may not be the one the room hears.</source>
            <translation>音の出力が選ばれていません。音はシステムの既定の出力に出ます。会場で聞こえる出力とは限りません。</translation>
        </message>
        <message>
            <source>The chosen sound output, {chosen}, is not connected: the sound would go to the system's default output.</source>
            <translation>選んだ音の出力 {chosen} がつながっていません。音はシステムの既定の出力に出ます。</translation>
        </message>
    </context>
    <context>
        <name>Bundles</name>
        <message>
            <source>cue {number}</source>
            <translation>キュー{number}</translation>
        </message>
        <message>
            <source>the plan</source>
            <translation>プラン</translation>
        </message>
        <message>
            <source>{plan} cannot be exported until {where} is fixed: {reason}</source>
            <translation>{plan} は、{where} を直すまで書き出せません：{reason}</translation>
        </message>
        <message>
            <source>The media file of {title} is missing ({path}); relink it in the library before exporting.</source>
            <translation>{title} のメディアファイルが見つかりません（{path}）。書き出す前に、ライブラリでつなぎ直してください。</translation>
        </message>
        <message>
            <source>There is no plan file at {path}.</source>
            <translation>{path} にプランのファイルがありません。</translation>
        </message>
        <message>
            <source>it is not a complete plan file (it may be truncated)</source>
            <translation>プランのファイルが完全ではありません（途中で切れているかもしれません）</translation>
        </message>
        <message>
            <source>This plan file could not be read ({reason}). Nothing was changed.</source>
            <translation>このプランのファイルを読めませんでした（{reason}）。何も変更していません。</translation>
        </message>
        <message>
            <source>part of it is damaged (a checksum inside it does not match)</source>
            <translation>一部が壊れています（中のチェックサムが一致しません）</translation>
        </message>
        <message>
            <source>its table of contents is damaged</source>
            <translation>目次にあたる部分が壊れています</translation>
        </message>
        <message>
            <source>a compressed part of it is damaged</source>
            <translation>圧縮された部分が壊れています</translation>
        </message>
        <message>
            <source>it is compressed in a way tearconsole cannot read</source>
            <translation>tearconsole が読めない方式で圧縮されています</translation>
        </message>
        <message>
            <source>it is encrypted</source>
            <translation>暗号化されています</translation>
        </message>
        <message>
            <source>the media file “{name}” is missing from it</source>
            <translation>メディアファイル「{name}」が入っていません</translation>
        </message>
        <message>
            <source>the media file “{name}” does not have its declared size</source>
            <translation>メディアファイル「{name}」の大きさが、書かれている大きさと違います</translation>
        </message>
        <message>
            <source>the media file “{name}” is compressed implausibly well</source>
            <translation>メディアファイル「{name}」が、ありえないほど小さく圧縮されています</translation>
        </message>
        <message>
            <source>the media file “{name}” is larger than declared</source>
            <translation>メディアファイル「{name}」が、書かれている大きさより大きくなっています</translation>
        </message>
        <message>
            <source>the media file “{name}” is damaged</source>
            <translation>メディアファイル「{name}」が壊れています</translation>
        </message>
        <message>
            <source>it holds {count} files, far more than a plan needs</source>
            <translation>ファイルが {count} 個も入っていて、プランに要る数をはるかに超えています</translation>
        </message>
        <message>
            <source>it holds two files with the same name</source>
            <translation>同じ名前のファイルが二つ入っています</translation>
        </message>
        <message>
            <source>it holds a link, folder or encrypted entry (“{name}”)</source>
            <translation>リンク、フォルダー、または暗号化された項目が入っています（「{name}」）</translation>
        </message>
        <message>
            <source>it has no manifest</source>
            <translation>目録（manifest）がありません</translation>
        </message>
        <message>
            <source>its manifest is far too large</source>
            <translation>目録（manifest）が大きすぎます</translation>
        </message>
        <message>
            <source>its manifest is not valid JSON</source>
            <translation>目録（manifest）が正しい JSON ではありません</translation>
        </message>
        <message>
            <source>its manifest is not a set of fields</source>
            <translation>目録（manifest）が項目の集まりになっていません</translation>
        </message>
        <message>
            <source>it holds a file the manifest does not list (“{name}”)</source>
            <translation>目録にないファイルが入っています（「{name}」）</translation>
        </message>
        <message>
            <source>its media add up to far more than a plan needs</source>
            <translation>メディアの合計が、プランに要る量をはるかに超えています</translation>
        </message>
        <message>
            <source>The plan's media need {needed} MB but only {free} MB are free; free some space and try again. Nothing was changed.</source>
            <translation>プランのメディアには {needed} MB が必要ですが、空きは {free} MB しかありません。空きを作ってから、もう一度お試しください。何も変更していません。</translation>
        </message>
        <message>
            <source>This plan file cannot be imported: {detail}. Nothing was changed.</source>
            <translation>このプランのファイルは取り込めません：{detail}。何も変更していません。</translation>
        </message>
        <message>
            <source>This plan file cannot be imported ({where}): {reason} Nothing was changed.</source>
            <translation>このプランのファイルは取り込めません（{where}）：{reason} 何も変更していません。</translation>
        </message>
        <message>
            <source>{where} is not a set of fields</source>
            <translation>{where}が項目の集まりになっていません</translation>
        </message>
        <message>
            <source>{where} has an invalid {key}</source>
            <translation>{where}の {key} が正しくありません</translation>
        </message>
        <message>
            <source>{where} has an unknown {key} (“{value}”)</source>
            <translation>{where}の {key} が知らない値です（「{value}」）</translation>
        </message>
        <message>
            <source>{where} has an invalid list of {key}</source>
            <translation>{where}の {key} の一覧が正しくありません</translation>
        </message>
        <message>
            <source>the manifest</source>
            <translation>目録（manifest）</translation>
        </message>
        <message>
            <source>it is not a tearconsole plan file</source>
            <translation>tearconsole のプランのファイルではありません</translation>
        </message>
        <message>
            <source>This plan file uses format version {version}, which this tearconsole does not know (it reads version {known}); update tearconsole and try again. Nothing was changed.</source>
            <translation>このプランのファイルは形式のバージョン {version} で、この tearconsole には読めません（読めるのはバージョン {known} です）。tearconsole を更新してから、もう一度お試しください。何も変更していません。</translation>
        </message>
        <message>
            <source>stimulus {number}</source>
            <translation>素材{number}</translation>
        </message>
        <message>
            <source>two stimuli share one key</source>
            <translation>二つの素材が同じキーを使っています</translation>
        </message>
        <message>
            <source>two stimuli share one media file</source>
            <translation>二つの素材が同じメディアファイルを使っています</translation>
        </message>
        <message>
            <source>cue {number} refers to a stimulus the file does not have</source>
            <translation>キュー{number}が、ファイルにない素材を指しています</translation>
        </message>
        <message>
            <source>“{title}” refers to a music bed the file does not have</source>
            <translation>「{title}」が、ファイルにない BGM を指しています</translation>
        </message>
        <message>
            <source>{where} has no key</source>
            <translation>{where}にキーがありません</translation>
        </message>
        <message>
            <source>{where} (“{title}”) has no media file</source>
            <translation>{where}（「{title}」）にメディアファイルがありません</translation>
        </message>
        <message>
            <source>{where} names a file outside its folder (“{name}”)</source>
            <translation>{where}が、フォルダーの外のファイルを指しています（「{name}」）</translation>
        </message>
        <message>
            <source>{where} has no stimulus</source>
            <translation>{where}に素材がありません</translation>
        </message>
    </context>
    <context>
        <name>CalmWidgets</name>
        <message>
            <source>Not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>参加人数</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>group figure {value}</source>
            <translation>グループの値 {value}</translation>
        </message>
        <message>
            <source>no answers</source>
            <translation>回答なし</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s), average {mean}</source>
            <translation>
                <numerusform>%n人、平均 {mean}</numerusform>
            </translation>
        </message>
        <message>
            <source>No check-in or check-out was taken.</source>
            <translation>チェックインもチェックアウトも行いませんでした。</translation>
        </message>
        <message>
            <source>Only a check-in was taken ({reading}).</source>
            <translation>チェックインだけを行いました（{reading}）。</translation>
        </message>
        <message>
            <source>Only a check-out was taken ({reading}).</source>
            <translation>チェックアウトだけを行いました（{reading}）。</translation>
        </message>
        <message>
            <source>The check-in or the check-out has no answers.</source>
            <translation>チェックインかチェックアウトに回答がありません。</translation>
        </message>
        <message>
            <source>the same as at check-in</source>
            <translation>チェックインと同じです</translation>
        </message>
        <message>
            <source>{by} lower than at check-in</source>
            <translation>チェックインより{by}低くなりました</translation>
        </message>
        <message>
            <source>{by} higher than at check-in</source>
            <translation>チェックインより{by}高くなりました</translation>
        </message>
        <message>
            <source>Average distress {before} at check-in, {after} at check-out: {trend}.</source>
            <translation>つらさの平均は、チェックインで{before}、チェックアウトで{after}。{trend}。</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Before you begin, tell the room that some of what follows may be upsetting. Today's material touches on {notes}. Anyone may step out at any time, for as long as they need, and come back or not. No one has to cry, and no one has to share.</source>
            <translation>始める前に、会場の皆さんに次のことを伝えてください。これからの内容には、心が揺さぶられるものがあるかもしれません。今日の素材は{notes}に触れます。どなたも、いつでも、好きなだけ席を外してかまいません。戻ってきても、戻らなくてもかまいません。泣かなくても、話さなくても大丈夫です。</translation>
        </message>
        <message>
            <source>Before you begin, tell the room that some of what follows may be upsetting. Anyone may step out at any time, for as long as they need, and come back or not. No one has to cry, and no one has to share.</source>
            <translation>始める前に、会場の皆さんに次のことを伝えてください。これからの内容には、心が揺さぶられるものがあるかもしれません。どなたも、いつでも、好きなだけ席を外してかまいません。戻ってきても、戻らなくてもかまいません。泣かなくても、話さなくても大丈夫です。</translation>
        </message>
        <message>
            <source>Before people leave: give time to sit quietly or share, show the closing card with where to find help, and remind everyone that this session is not a substitute for professional care.</source>
            <translation>皆さんが帰る前に：静かに座ったり、感じたことを話したりする時間をとり、相談先を載せた締めくくりのカードを映し、この会は専門的なケアの代わりではないことを、あらためて伝えてください。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{plan}: nothing to fix.</source>
            <translation>{plan}：直すところはありません。</translation>
        </message>
        <message>
            <source>error</source>
            <comment>a preflight finding</comment>
            <translation>要修正</translation>
        </message>
        <message>
            <source>warning</source>
            <comment>a preflight finding</comment>
            <translation>要確認</translation>
        </message>
        <message>
            <source>info</source>
            <comment>a preflight finding</comment>
            <translation>参考</translation>
        </message>
        <message numerus="yes">
            <source>'{plan}' has %n problem(s) to fix before it can run as planned.</source>
            <translation>
                <numerusform>「{plan}」を予定どおりに進めるには、直すところが%n件あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo installed: {added} new stimuli, {skipped} already there; plan "{plan}" added.</source>
            <translation>デモを入れました：新しい素材 {added}件、登録済み {skipped}件。プラン「{plan}」を追加しました。</translation>
        </message>
        <message>
            <source>Demo installed: {added} new stimuli, {skipped} already there; plan "{plan}" already there.</source>
            <translation>デモを入れました：新しい素材 {added}件、登録済み {skipped}件。プラン「{plan}」はすでにあります。</translation>
        </message>
        <message>
            <source>the folders given</source>
            <translation>指定したフォルダー</translation>
        </message>
        <message>
            <source>There is nothing to import in {where}: no films, music, pictures or stories (.txt) were found, so nothing was added.</source>
            <translation>{where} には取り込めるものがありません。映像・音楽・画像・物語（.txt）が見つからなかったため、何も追加していません。</translation>
        </message>
        <message>
            <source>imported</source>
            <comment>a file's outcome</comment>
            <translation>取り込み</translation>
        </message>
        <message>
            <source>skipped</source>
            <comment>a file's outcome</comment>
            <translation>登録済み</translation>
        </message>
        <message>
            <source>failed</source>
            <comment>a file's outcome</comment>
            <translation>失敗</translation>
        </message>
        <message>
            <source> (copied to {path})</source>
            <translation>（{path} にコピーしました）</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported; the reasons are listed in the output, and everything else was imported.</source>
            <translation>
                <numerusform>%n件のファイルを取り込めませんでした。理由は出力に記載しています。ほかのファイルはすべて取り込みました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported; the reasons are listed above, and everything else was imported.</source>
            <translation>
                <numerusform>%n件のファイルを取り込めませんでした。理由は上に記載しています。ほかのファイルはすべて取り込みました。</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no folder at {folder}; give the folder your media were moved to.</source>
            <translation>{folder} というフォルダーはありません。メディアの移動先のフォルダーを指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n missing file(s) was found in {folder}; point relink at the folder they were moved to.</source>
            <translation>
                <numerusform>見つからないファイル%n件は、{folder} にひとつもありませんでした。移動先のフォルダーを指定して、つなぎ直してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>{id}: “{title}” copied to {path}</source>
            <translation>{id}：「{title}」を {path} にコピーしました</translation>
        </message>
        <message>
            <source>{id}: “{title}” already in the data folder: {path}</source>
            <translation>{id}：「{title}」はすでにデータフォルダーにあります：{path}</translation>
        </message>
        <message>
            <source>tearconsole hit an unexpected problem and stopped; the details are in {file}.</source>
            <translation>思いがけない問題が起きたため、tearconsole を止めました。詳しくは {file} にあります。</translation>
        </message>
        <message>
            <source>No plans yet; `tearconsole plan create NAME --stimuli ID,...` makes one.</source>
            <translation>まだプランがありません。`tearconsole plan create 名前 --stimuli ID,...` で作成できます。</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n cue(s), {planned} planned, target {target}</source>
            <translation>
                <numerusform>{name}：キュー%n件、予定 {planned}、目標 {target}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created plan '{name}' (id {id}) with %n cue(s), {planned} planned.</source>
            <translation>
                <numerusform>プラン「{name}」（id {id}）を作成しました。キュー%n件、予定 {planned}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported '{name}' with {stimuli} stimuli ({size} MB) to {file}.</source>
            <translation>「{name}」を素材{stimuli}件とともに {file} に書き出しました（{size} MB）。</translation>
        </message>
        <message>
            <source>Imported plan '{name}': {added} new stimuli, {reused} already in the library.</source>
            <translation>プラン「{name}」を取り込みました：新しい素材 {added}件、ライブラリにあったもの {reused}件。</translation>
        </message>
        <message>
            <source>Rehearsing with a screen happens in the window (`tearconsole live PLAN --rehearsal`); add --headless to run the plan here without one.</source>
            <translation>画面を使うリハーサルはウィンドウで行います（`tearconsole live PLAN --rehearsal`）。画面なしでここでプランを流すには --headless を付けてください。</translation>
        </message>
        <message>
            <source>The plan {plan} has no cues to rehearse.</source>
            <translation>プラン {plan} には、リハーサルするキューがありません。</translation>
        </message>
        <message>
            <source>Session {id} is a session of another plan.</source>
            <translation>セッション {id} は別のプランのセッションです。</translation>
        </message>
        <message>
            <source>The rehearsal did not finish within {limit}; it was stopped. Session {id} holds what happened.</source>
            <translation>リハーサルが {limit} 以内に終わらなかったため、止めました。経過はセッション {id} に残っています。</translation>
        </message>
        <message>
            <source>Session {id}: {plan} at x{speed}</source>
            <translation>セッション {id}：{plan}（×{speed}）</translation>
        </message>
        <message>
            <source>planned {planned}, actual {actual}</source>
            <translation>予定 {planned}、実際 {actual}</translation>
        </message>
        <message>
            <source>cue {number} at {time}</source>
            <translation>キュー{number}の{time}</translation>
        </message>
        <message>
            <source>Session {id}: {count} step(s) wait to be saved (the disk was full or the database busy); tearconsole saves them the next time it opens this data folder for writing. Until then the session is not finished.</source>
            <translation>セッション {id}：{count} 件の記録が保存を待っています（ディスクがいっぱいか、データベースが使用中でした）。tearconsole がこのデータフォルダーを次に書き込み用に開いたときに保存します。それまでセッションは終わっていません。</translation>
        </message>
        <message>
            <source>There is no display to open the window on; run tearconsole from a desktop session (the subcommands, e.g. `tearconsole doctor`, work without one).</source>
            <translation>ウィンドウを開く画面がありません。デスクトップのセッションから tearconsole を起動してください（`tearconsole doctor` などのサブコマンドは画面がなくても使えます）。</translation>
        </message>
        <message>
            <source>tearconsole is in your desktop's menu ({path}).</source>
            <translation>tearconsole をデスクトップのメニューに加えました（{path}）。</translation>
        </message>
        <message>
            <source>tearconsole was already in your desktop's menu ({path}).</source>
            <translation>tearconsole はすでにデスクトップのメニューにあります（{path}）。</translation>
        </message>
        <message>
            <source>{sentence} (SQLite's integrity_check: {found})</source>
            <translation>{sentence}（SQLite の integrity_check：{found}）</translation>
        </message>
        <message>
            <source>schema {version}</source>
            <translation>スキーマ {version}</translation>
        </message>
        <message>
            <source>cannot be opened</source>
            <comment>the database</comment>
            <translation>開けません</translation>
        </message>
        <message>
            <source>database</source>
            <translation>データベース</translation>
        </message>
        <message>
            <source>data folder</source>
            <translation>データフォルダー</translation>
        </message>
        <message>
            <source>none yet</source>
            <comment>no backup</comment>
            <translation>まだありません</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>screens</source>
            <translation>画面</translation>
        </message>
        <message>
            <source>none (no display)</source>
            <translation>なし（ディスプレイがありません）</translation>
        </message>
        <message>
            <source>{index}: {name} {width}x{height} at ({x},{y}), primary</source>
            <translation>{index}：{name} {width}x{height}、位置 ({x},{y})、メイン</translation>
        </message>
        <message>
            <source>{index}: {name} {width}x{height} at ({x},{y})</source>
            <translation>{index}：{name} {width}x{height}、位置 ({x},{y})</translation>
        </message>
        <message>
            <source>no sound output ({system}): {advice}</source>
            <translation>音の出力がありません（{system}）：{advice}</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>音</translation>
        </message>
        <message>
            <source>sound ({system})</source>
            <translation>音（{system}）</translation>
        </message>
        <message>
            <source>{name} [{device}], chosen</source>
            <translation>{name} [{device}]、選択中</translation>
        </message>
        <message>
            <source>{name} [{device}]</source>
            <translation>{name} [{device}]</translation>
        </message>
        <message>
            <source>connect speakers or the projector's sound (or start the desktop's sound service), then run `tearconsole room check`.</source>
            <translation>スピーカーかプロジェクターの音声をつないで（またはデスクトップのサウンドサービスを起動して）から、`tearconsole room check` を実行してください。</translation>
        </message>
        <message>
            <source>tearconsole cannot tell the format from the name {name}; end it in .html, .pdf or .csv, or add --format html, pdf or csv.</source>
            <translation>名前 {name} からは形式がわかりません。名前の最後を .html、.pdf、.csv のどれかにするか、--format html、pdf、csv を付けてください。</translation>
        </message>
        <message>
            <source>{folder} is a folder; give the name of a file to save the report to, e.g. {example}.</source>
            <translation>{folder} はフォルダーです。報告書を保存するファイルの名前を指定してください（例：{example}）。</translation>
        </message>
        <message numerus="yes">
            <source>Still waiting to be saved: %n step(s) of this session, which the report leaves out; the tearconsole that is open saves them, then make the report again.</source>
            <translation>
                <numerusform>まだ保存待ちの記録があります：このセッションの%n件で、報告書には含まれていません。開いている tearconsole が保存しますので、そのあとで報告書をもう一度作ってください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved a backup of the database as {path}.</source>
            <translation>データベースのバックアップを {path} に保存しました。</translation>
        </message>
        <message>
            <source>There are no backups in {folder} yet.</source>
            <translation>{folder} にはまだバックアップがありません。</translation>
        </message>
        <message>
            <source>Restored the database from {backup}; the file it replaced is kept as {path}.</source>
            <translation>データベースを {backup} から戻しました。置き換えたファイルは {path} として残してあります。</translation>
        </message>
    </context>
    <context>
        <name>CliColumns</name>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>length</source>
            <translation>長さ</translation>
        </message>
        <message>
            <source>intensity</source>
            <translation>強さ</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>cues</source>
            <translation>キュー数</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>start</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>cue</source>
            <translation>キュー</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>実際</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>プラン</translation>
        </message>
        <message>
            <source>mode</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>started</source>
            <translation>開始日時</translation>
        </message>
        <message>
            <source>state</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>resume at</source>
            <translation>再開位置</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>作成日時</translation>
        </message>
    </context>
    <context>
        <name>CliRoom</name>
        <message>
            <source>note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>the output chosen before, {name}, is not here now: the tone played on the system's default (choose with --output NAME).</source>
            <translation>前に選んだ出力 {name} が今はありません。テスト音はシステムの既定の出力で鳴らしました（--output NAME で選べます）。</translation>
        </message>
        <message>
            <source>{count} media file(s) of {plan} cannot be read now; the lines above say what to do.</source>
            <translation>{plan} のメディアファイル {count} 件が今は読めません。どうすればよいかは上の行にあります。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>There is no sound output called {name}; there are: {names}.</source>
            <translation>{name} という音の出力はありません。あるのは {names} です。</translation>
        </message>
        <message>
            <source>There is no sound output: connect speakers or the projector's sound (or start the desktop's sound service), then run the room check again.</source>
            <translation>音の出力がありません。スピーカーかプロジェクターの音声をつないで（またはデスクトップのサウンドサービスを起動して）から、もう一度会場チェックをしてください。</translation>
        </message>
        <message>
            <source>sound system</source>
            <translation>サウンドシステム</translation>
        </message>
        <message>
            <source>outputs</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>（選択中）</translation>
        </message>
        <message>
            <source>the system's default output</source>
            <translation>システムの既定の出力</translation>
        </message>
        <message>
            <source>played on {where}: nothing decoded over {seconds} s</source>
            <translation>{where} で再生：{seconds} 秒間、何も再生されませんでした</translation>
        </message>
        <message>
            <source>played on {where}: peak {peak} dBFS over {seconds} s</source>
            <translation>{where} で再生：{seconds} 秒間のピーク {peak} dBFS</translation>
        </message>
        <message>
            <source>test tone</source>
            <translation>テスト音</translation>
        </message>
        <message>
            <source>ok</source>
            <comment>a media file can be read</comment>
            <translation>読めます</translation>
        </message>
        <message>
            <source>missing</source>
            <comment>a media file is not there</comment>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>unreadable</source>
            <comment>a media file cannot be read</comment>
            <translation>読めません</translation>
        </message>
        <message>
            <source>media</source>
            <translation>メディア</translation>
        </message>
    </context>
    <context>
        <name>CliWords</name>
        <message>
            <source>film</source>
            <translation>映像</translation>
        </message>
        <message>
            <source>music</source>
            <translation>音楽</translation>
        </message>
        <message>
            <source>story</source>
            <translation>物語</translation>
        </message>
        <message>
            <source>card</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>stimulus</source>
            <translation>素材</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>静かな間</translation>
        </message>
        <message>
            <source>bed_start</source>
            <translation>BGM開始</translation>
        </message>
        <message>
            <source>bed_stop</source>
            <translation>BGM停止</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>使用可</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>unplayable</source>
            <translation>再生できません</translation>
        </message>
        <message>
            <source>live</source>
            <translation>本番</translation>
        </message>
        <message>
            <source>rehearsal</source>
            <translation>リハーサル</translation>
        </message>
        <message>
            <source>open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>中断（再開できます）</translation>
        </message>
    </context>
    <context>
        <name>Clocks</name>
        <message>
            <source>Session</source>
            <translation>経過</translation>
        </message>
        <message>
            <source>Cue left</source>
            <translation>キュー残り</translation>
        </message>
        <message>
            <source>Plan left</source>
            <translation>プラン残り</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>目標なし</translation>
        </message>
        <message>
            <source>target {target}, {by} over</source>
            <translation>目標 {target}、{by} 超過</translation>
        </message>
        <message>
            <source>target {target}, on time</source>
            <translation>目標 {target}、予定どおり</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Date</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>プラン</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>長さ</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Softenings</source>
            <translation>やわらげ</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>強さ</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>キュー</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進み具合</translation>
        </message>
        <message>
            <source>Rehearsed</source>
            <translation>リハーサル</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>次へ</translation>
        </message>
    </context>
    <context>
        <name>Conductor</name>
        <message>
            <source>The session has ended.</source>
            <translation>セッションは終了しています。</translation>
        </message>
        <message>
            <source>GO was pressed twice in quick succession; the second press was ignored.</source>
            <translation>GOが続けて2回押されたため、2回目は無視しました。</translation>
        </message>
        <message>
            <source>There is no cue left to start: this is the end of the plan.</source>
            <translation>始めるキューは残っていません。プランの最後です。</translation>
        </message>
        <message>
            <source>The session is already paused.</source>
            <translation>セッションはすでに一時停止中です。</translation>
        </message>
        <message>
            <source>Nothing is running to pause.</source>
            <translation>一時停止するものが流れていません。</translation>
        </message>
        <message>
            <source>The session is not paused.</source>
            <translation>セッションは一時停止していません。</translation>
        </message>
        <message>
            <source>The session is already as soft as it goes.</source>
            <translation>これ以上はやわらげられません。</translation>
        </message>
        <message>
            <source>Nothing is softened.</source>
            <translation>やわらげているものはありません。</translation>
        </message>
        <message>
            <source>There is nothing to extend after a stop.</source>
            <translation>停止のあとは延ばせません。</translation>
        </message>
        <message>
            <source>A breathing pause is between 1 second and 10 minutes.</source>
            <translation>呼吸の間は1秒から10分までです。</translation>
        </message>
        <message>
            <source>There is no cue left to skip.</source>
            <translation>飛ばせるキューは残っていません。</translation>
        </message>
        <message>
            <source>The first cue is already standing by.</source>
            <translation>最初のキューがすでにスタンバイしています。</translation>
        </message>
        <message>
            <source>A rehearsal speed is between x0.1 and x32.</source>
            <translation>リハーサルの速さは x0.1 から x32 までです。</translation>
        </message>
        <message>
            <source>Only a running cue can be moved inside.</source>
            <translation>中を移動できるのは、再生中のキューだけです。</translation>
        </message>
        <message>
            <source>The session is already stopped.</source>
            <translation>セッションはすでに止まっています。</translation>
        </message>
        <message>
            <source>Next cue is for after a safe stop; GO starts the cue standing by.</source>
            <translation>「次のキューへ」は安全停止のあとに使います。スタンバイ中のキューは GO で始まります。</translation>
        </message>
        <message>
            <source>Press hard stop again to end the session now.</source>
            <translation>もう一度「今すぐ止める」を押すと、セッションをすぐに終えます。</translation>
        </message>
        <message>
            <source>The pause's soft tone could not be played: {reason}</source>
            <translation>静かな間のやさしい音を鳴らせませんでした：{reason}</translation>
        </message>
        <message>
            <source>{cue} (next): {reason}</source>
            <translation>{cue}（次）：{reason}</translation>
        </message>
        <message>
            <source>{cue}: {reason}</source>
            <translation>{cue}：{reason}</translation>
        </message>
        <message>
            <source>The {action} could not be carried out ({problem}); nothing of it was kept, and the session goes on.</source>
            <translation>操作（{action}）を実行できませんでした（{problem}）。その操作は何も残さず、セッションはそのまま続きます。</translation>
        </message>
        <message>
            <source>The last automatic step could not be carried out ({problem}); nothing of it was kept, and the session goes on.</source>
            <translation>直前の自動の進行を実行できませんでした（{problem}）。その進行は何も残さず、セッションはそのまま続きます。</translation>
        </message>
    </context>
    <context>
        <name>ConsoleBinding</name>
        <message>
            <source>Picked up where it stopped, paused. Resume (P) when the room is ready.</source>
            <translation>止まったところから再開しました（一時停止中）。会場の準備ができたら、再開（P）してください。</translation>
        </message>
    </context>
    <context>
        <name>ConsoleState</name>
        <message>
            <source>As planned</source>
            <translation>予定どおり</translation>
        </message>
        <message>
            <source>Soft landing</source>
            <translation>クールダウン</translation>
        </message>
        <message>
            <source>Softer ({level})</source>
            <translation>やわらげ（{level}）</translation>
        </message>
    </context>
    <context>
        <name>ControlPanel</name>
        <message>
            <source>its music will not start</source>
            <translation>その音楽は始まりません</translation>
        </message>
        <message>
            <source>the music plays on</source>
            <translation>音楽はそのまま流れます</translation>
        </message>
        <message>
            <source>GO · resume</source>
            <comment>GO resumes the paused session</comment>
            <translation>GO · 再開</translation>
        </message>
        <message>
            <source>GO · continue</source>
            <comment>GO continues the stopped cue</comment>
            <translation>GO · 続きから</translation>
        </message>
        <message>
            <source>Pause</source>
            <comment>pause the session</comment>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Soften</source>
            <translation>やわらげる</translation>
        </message>
        <message>
            <source>Restore</source>
            <comment>undo softening</comment>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>hold the current cue</comment>
            <translation>待機</translation>
        </message>
        <message>
            <source>Extend 30 s</source>
            <translation>30秒延ばす</translation>
        </message>
        <message>
            <source>A breathing pause of 30 seconds after the cue that is playing</source>
            <translation>再生中のキューのあとに、30秒の呼吸の間を入れます</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <source>Next cue</source>
            <translation>次のキューへ</translation>
        </message>
        <message>
            <source>Leave the stopped cue and start the one standing by</source>
            <translation>止めたキューはそのままにして、スタンバイ中のキューを始めます</translation>
        </message>
        <message>
            <source>Skip</source>
            <comment>skip a cue</comment>
            <translation>飛ばす</translation>
        </message>
        <message>
            <source>Safe stop</source>
            <translation>安全に止める</translation>
        </message>
        <message>
            <source>Stop now</source>
            <translation>今すぐ止める</translation>
        </message>
        <message>
            <source>The session's pace: pauses, cards and waits take this long</source>
            <translation>セッションのペース：間・カード・待ち時間の長さ</translation>
        </message>
        <message>
            <source>Resume</source>
            <comment>resume the session</comment>
            <translation>再開</translation>
        </message>
        <message>
            <source>Release</source>
            <comment>release a held cue</comment>
            <translation>待機を解除</translation>
        </message>
        <message>
            <source>Waits ×{pace}  ({keys})</source>
            <translation>待ち時間 ×{pace}（{keys}）</translation>
        </message>
        <message>
            <source>Skip {number} {title}</source>
            <translation>{number}「{title}」を飛ばす</translation>
        </message>
        <message>
            <source>Again to stop</source>
            <translation>もう一度押すと止まります</translation>
        </message>
    </context>
    <context>
        <name>CopyIn</name>
        <message>
            <source>{name} could not be copied into tearconsole's data folder ({reason}); the library keeps using it where it is.</source>
            <translation>{name} を tearconsole のデータフォルダーにコピーできませんでした（{reason}）。ライブラリは今の場所のファイルを使い続けます。</translation>
        </message>
        <message>
            <source>There is no library item {id}.</source>
            <translation>ライブラリに素材 {id} はありません。</translation>
        </message>
        <message>
            <source>“{title}” cannot be copied in: its file is not there ({path}); plug in the drive it was on, or relink it first.</source>
            <translation>「{title}」はコピーできません。ファイルが見つかりません（{path}）。ファイルのあったドライブをつなぐか、先につなぎ直してください。</translation>
        </message>
    </context>
    <context>
        <name>CountBox</name>
        <message>
            <source>Numbers only</source>
            <translation>数字だけを入力してください</translation>
        </message>
    </context>
    <context>
        <name>Cue</name>
        <message>
            <source>Pause {seconds} s</source>
            <translation>静かな間 {seconds}秒</translation>
        </message>
        <message>
            <source>(no stimulus)</source>
            <translation>（素材なし）</translation>
        </message>
        <message>
            <source>Bed: {title}</source>
            <comment>background music</comment>
            <translation>BGM：{title}</translation>
        </message>
        <message>
            <source>Bed stops</source>
            <comment>background music</comment>
            <translation>BGM停止</translation>
        </message>
    </context>
    <context>
        <name>CueEditing</name>
        <message>
            <source>add {title}</source>
            <translation>「{title}」を追加</translation>
        </message>
        <message numerus="yes">
            <source>add %n cues</source>
            <translation>
                <numerusform>キュー%n件を追加</numerusform>
            </translation>
        </message>
        <message>
            <source>Only music can play as a bed under other cues; “{title}” is a {kind}.</source>
            <translation>BGMとして他のキューの下で流せるのは音楽だけです。「{title}」は{kind}です。</translation>
        </message>
        <message>
            <source>add bed</source>
            <translation>BGMを追加</translation>
        </message>
        <message>
            <source>add pause</source>
            <translation>静かな間を追加</translation>
        </message>
        <message>
            <source>add bed stop</source>
            <translation>BGM停止を追加</translation>
        </message>
        <message>
            <source>remove {title}</source>
            <translation>「{title}」を削除</translation>
        </message>
        <message>
            <source>move {title}</source>
            <translation>「{title}」を移動</translation>
        </message>
        <message>
            <source>change a cue</source>
            <translation>キューの変更</translation>
        </message>
        <message>
            <source>choose the soft landing</source>
            <translation>クールダウンの指定</translation>
        </message>
        <message>
            <source>change the target</source>
            <translation>目標時間の変更</translation>
        </message>
        <message>
            <source>change the theme</source>
            <translation>テーマの変更</translation>
        </message>
        <message>
            <source>rename the plan</source>
            <translation>プラン名の変更</translation>
        </message>
    </context>
    <context>
        <name>CueInspector</name>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation>秒</translation>
        </message>
        <message>
            <source>No cue selected</source>
            <translation>キューが選ばれていません</translation>
        </message>
        <message>
            <source>reading time</source>
            <translation>朗読時間</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>最後まで</translation>
        </message>
        <message>
            <source>Soft tone at the start</source>
            <translation>始めにやさしい音を鳴らす</translation>
        </message>
        <message>
            <source> dB</source>
            <translation> dB</translation>
        </message>
        <message>
            <source>Wait for GO</source>
            <translation>GOを待つ</translation>
        </message>
        <message>
            <source>Follow on</source>
            <translation>続けて進む</translation>
        </message>
        <message>
            <source>After a wait</source>
            <translation>少し待って進む</translation>
        </message>
        <message>
            <source>Private notes: only you see these</source>
            <translation>非公開メモ：あなただけが見られます</translation>
        </message>
        <message>
            <source>Words on the breathing card</source>
            <translation>呼吸のカードに出す言葉</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>長さ</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>開始位置</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>終了位置</translation>
        </message>
        <message>
            <source>Fade in</source>
            <translation>フェードイン</translation>
        </message>
        <message>
            <source>Fade out</source>
            <translation>フェードアウト</translation>
        </message>
        <message>
            <source>Level</source>
            <comment>loudness</comment>
            <translation>音量</translation>
        </message>
        <message>
            <source>Wait before</source>
            <translation>前の待ち時間</translation>
        </message>
        <message>
            <source>Then</source>
            <comment>what happens after the cue</comment>
            <translation>次へ</translation>
        </message>
        <message>
            <source>Wait after</source>
            <translation>後の待ち時間</translation>
        </message>
        <message>
            <source>Card text</source>
            <translation>カードの文</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Select a cue to change its timing, fades and notes.</source>
            <translation>キューを選ぶと、時間・フェード・メモを変えられます。</translation>
        </message>
        <message>
            <source>A timed silence over a breathing card.</source>
            <translation>呼吸のカードを映す、時間を決めた静かな間です。</translation>
        </message>
        <message>
            <source>Fades out the music bed that is playing.</source>
            <translation>流れているBGMをフェードアウトします。</translation>
        </message>
        <message>
            <source>Its stimulus is no longer in the library.</source>
            <translation>このキューの素材は、もうライブラリにありません。</translation>
        </message>
        <message>
            <source>plays under the next cues until a bed stop</source>
            <translation>BGM停止まで、後のキューの下で流れます</translation>
        </message>
        <message>
            <source>intensity {level}</source>
            <translation>強さ {level}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>notes: {notes}</source>
            <translation>注意書き：{notes}</translation>
        </message>
    </context>
    <context>
        <name>CueListModel</name>
        <message>
            <source>playing</source>
            <translation>再生中</translation>
        </message>
        <message>
            <source>standing by</source>
            <translation>スタンバイ</translation>
        </message>
        <message>
            <source>done</source>
            <translation>済み</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>media problem</source>
            <translation>メディアの問題</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>飛ばした</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>残り {time}</translation>
        </message>
        <message>
            <source>{title}  (soft landing)</source>
            <translation>{title}（クールダウン）</translation>
        </message>
        <message>
            <source>after {seconds} s</source>
            <translation>{seconds}秒後</translation>
        </message>
        <message>
            <source>follow on</source>
            <translation>続けて進む</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRestore</name>
        <message>
            <source>Restore the newest backup</source>
            <translation>いちばん新しいバックアップから戻す</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了する</translation>
        </message>
        <message>
            <source>Restored the database from {backup}; the file it replaced is kept as {aside}.</source>
            <translation>データベースを {backup} から戻しました。置き換えたファイルは {aside} として残してあります。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The bundled demo at {path} cannot be read ({reason}).</source>
            <translation>{path} の付属のデモを読めません（{reason}）。</translation>
        </message>
        <message>
            <source>The bundled demo at {path} has an unknown format.</source>
            <translation>{path} の付属のデモは、知らない形式です。</translation>
        </message>
        <message>
            <source>The bundled demo is incomplete ({file} is missing); reinstall tearconsole, or run scripts/make_demo_assets.sh in a source checkout.</source>
            <translation>付属のデモがそろっていません（{file} が見つかりません）。tearconsole を入れ直すか、ソースのチェックアウトで scripts/make_demo_assets.sh を実行してください。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>{target} is a folder; give the name of a file to save to.</source>
            <translation>{target} はフォルダーです。保存するファイルの名前を指定してください。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist, so {name} was not saved; create the folder or choose another.</source>
            <translation>フォルダー {folder} がないため、{name} は保存していません。フォルダーを作るか、別のフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>The disk is full, so {target} was not saved; free some space or choose another place.</source>
            <translation>ディスクがいっぱいのため、{target} は保存していません。空きを作るか、別の場所を選んでください。</translation>
        </message>
        <message>
            <source>{target} was not saved: it is larger than that disk allows; choose another place.</source>
            <translation>{target} は保存していません。そのディスクに置ける大きさを超えています。別の場所を選んでください。</translation>
        </message>
        <message>
            <source>tearconsole may not write {target}; the folder is read-only or not yours, so choose another place.</source>
            <translation>tearconsole は {target} を書き込めません。フォルダーが読み取り専用か、あなたのものではありません。別の場所を選んでください。</translation>
        </message>
        <message>
            <source>the system refused</source>
            <translation>システムが受け付けませんでした</translation>
        </message>
        <message>
            <source>{target} was not saved ({reason}); choose another place.</source>
            <translation>{target} は保存していません（{reason}）。別の場所を選んでください。</translation>
        </message>
        <message>
            <source>The disk is full, so tearconsole could not save; nothing already saved was lost. Free some space and try again.</source>
            <translation>ディスクがいっぱいのため、tearconsole は保存できませんでした。保存済みのものは何も失われていません。空きを作ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>tearconsole may not write there{where}; check that the folder is yours and not read-only, or choose another with --data-dir.</source>
            <translation>tearconsole はそこに書き込めません{where}。フォルダーがあなたのもので、読み取り専用でないことを確かめるか、--data-dir で別のフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>tearconsole may not write there{where}; check that the folder is yours and not read-only, or choose another place.</source>
            <translation>tearconsole はそこに書き込めません{where}。フォルダーがあなたのもので、読み取り専用でないことを確かめるか、別の場所を選んでください。</translation>
        </message>
        <message>
            <source>A file or folder tearconsole needs is not there{where}.</source>
            <translation>tearconsole が使うファイルかフォルダーが見つかりません{where}。</translation>
        </message>
        <message>
            <source>tearconsole could not use a file{where}: {reason}.</source>
            <translation>tearconsole はファイルを使えませんでした{where}：{reason}。</translation>
        </message>
        <message>
            <source>The data folder {folder} is a file, not a folder; give a folder instead (tearconsole creates it when it is missing).</source>
            <translation>データフォルダー {folder} はフォルダーではなくファイルです。フォルダーを指定してください（なければ tearconsole が作ります）。</translation>
        </message>
    </context>
    <context>
        <name>EventLog</name>
        <message>
            <source>{count} step(s) wait to be saved, in order ({outage}).</source>
            <translation>{count} 件の記録が、順番どおり保存を待っています（{outage}）。</translation>
        </message>
        <message>
            <source>The session log is saved again; no step was lost.</source>
            <translation>セッションの記録をまた保存できるようになりました。失われた記録はありません。</translation>
        </message>
        <message>
            <source>One step of the session log was refused by the database and kept aside.</source>
            <translation>セッションの記録のうち 1 件をデータベースが受け付けなかったため、別に保管しました。</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>ディスクがいっぱいです</translation>
        </message>
        <message>
            <source>the database is locked by another task of tearconsole</source>
            <translation>tearconsole の別の処理がデータベースを使用中です</translation>
        </message>
        <message>
            <source>the database is locked by another program</source>
            <translation>別のプログラムがデータベースを使用中です</translation>
        </message>
        <message>
            <source>the database may not be written to just now</source>
            <translation>今はデータベースに書き込めません</translation>
        </message>
        <message>
            <source>the disk could not be written (full, or gone for a moment)</source>
            <translation>ディスクに書き込めませんでした（いっぱいか、一時的に外れています）</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>Session started</source>
            <translation>セッション開始</translation>
        </message>
        <message>
            <source>Cue started</source>
            <translation>キュー開始</translation>
        </message>
        <message>
            <source>Cue ended</source>
            <translation>キュー終了</translation>
        </message>
        <message>
            <source>Position saved</source>
            <translation>位置の記録</translation>
        </message>
        <message>
            <source>Soft tone</source>
            <translation>やさしい音</translation>
        </message>
        <message>
            <source>Room check</source>
            <translation>会場チェック</translation>
        </message>
        <message>
            <source>Room level changed</source>
            <translation>会場の音量を変更</translation>
        </message>
        <message>
            <source>Sound output changed</source>
            <translation>音の出力の変化</translation>
        </message>
        <message>
            <source>No effect</source>
            <translation>効果なし</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>セッション終了</translation>
        </message>
        <message>
            <source>Participants' phones: the counts</source>
            <translation>参加者のスマートフォン：件数</translation>
        </message>
        <message>
            <source>Check-in corrected</source>
            <translation>チェックインを修正</translation>
        </message>
        <message>
            <source>Check-out corrected</source>
            <translation>チェックアウトを修正</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search titles, tags, notes and story text</source>
            <translation>タイトル・タグ・メモ・物語の本文を検索</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>すべての種類</translation>
        </message>
        <message>
            <source>Films</source>
            <translation>映像</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>音楽</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>物語</translation>
        </message>
        <message>
            <source>Cards</source>
            <comment>slides the room sees</comment>
            <translation>カード</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>すべてのタグ</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>Ready</source>
            <comment>a media file's status</comment>
            <translation>使用可</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>Can't play</source>
            <translation>再生できません</translation>
        </message>
        <message>
            <source>Intensity from </source>
            <translation>強さ </translation>
        </message>
        <message>
            <source>to </source>
            <comment>intensity from 1 to 5</comment>
            <translation>〜</translation>
        </message>
        <message>
            <source>Length </source>
            <translation>長さ </translation>
        </message>
        <message>
            <source> min</source>
            <translation>分</translation>
        </message>
        <message>
            <source>Any length</source>
            <translation>長さを問わない</translation>
        </message>
        <message>
            <source>up to </source>
            <translation>〜</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>上限なし</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>クリア</translation>
        </message>
    </context>
    <context>
        <name>FindingsList</name>
        <message>
            <source>●  Fix</source>
            <translation>●  要修正</translation>
        </message>
        <message>
            <source>●  Check</source>
            <translation>●  要確認</translation>
        </message>
        <message>
            <source>○  Note</source>
            <translation>○  参考</translation>
        </message>
        <message>
            <source>✓  Preflight: nothing to fix.</source>
            <translation>✓  事前チェック：直すところはありません。</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>(plan deleted)</source>
            <translation>（削除されたプラン）</translation>
        </message>
        <message>
            <source>Live</source>
            <comment>a session run for a room</comment>
            <translation>本番</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>リハーサル</translation>
        </message>
        <message>
            <source>Rehearsal x{speed}</source>
            <translation>リハーサル ×{speed}</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a session still running</comment>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>中断</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>All sessions</source>
            <translation>すべてのセッション</translation>
        </message>
        <message>
            <source>Live only</source>
            <translation>本番のみ</translation>
        </message>
        <message>
            <source>Rehearsals only</source>
            <translation>リハーサルのみ</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>すべての期間</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>過去7日間</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>過去30日間</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>過去1年</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>ウェブページ (*.html)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF文書 (*.pdf)</translation>
        </message>
        <message>
            <source>Events and cues as CSV (*.csv)</source>
            <translation>出来事とキューの CSV (*.csv)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <source>Filter by plan</source>
            <translation>プランで絞り込む</translation>
        </message>
        <message>
            <source>Choose a session to see its report.</source>
            <translation>セッションを選ぶと、報告書が表示されます。</translation>
        </message>
        <message>
            <source>Include private notes</source>
            <translation>非公開メモを含める</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>書き出す…</translation>
        </message>
        <message>
            <source>Delete session…</source>
            <translation>セッションを削除…</translation>
        </message>
        <message>
            <source>Check-in and check-out…</source>
            <translation>チェックイン・チェックアウト…</translation>
        </message>
        <message>
            <source>{sessions} · {live} · {rehearsals}</source>
            <translation>{sessions} · {live} · {rehearsals}</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>セッション%n件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n live</source>
            <translation>
                <numerusform>本番 %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rehearsal(s)</source>
            <translation>
                <numerusform>リハーサル %n</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions here yet. Run or rehearse a plan and it will appear here.</source>
            <translation>まだセッションはありません。プランを本番かリハーサルで進めると、ここに表示されます。</translation>
        </message>
        <message>
            <source>{plan} {date} report.pdf</source>
            <translation>{plan} {date} 報告書.pdf</translation>
        </message>
        <message>
            <source>session</source>
            <translation>セッション</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>報告書を書き出す</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>書き出せませんでした</translation>
        </message>
        <message>
            <source>Saved {file} and, beside it, {cues}</source>
            <translation>{file} と、その隣に {cues} を保存しました</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} に保存しました</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>保存できませんでした</translation>
        </message>
        <message>
            <source>Saved; the session's record shows the correction.</source>
            <translation>保存しました。修正はセッションの記録に残っています。</translation>
        </message>
        <message>
            <source>Delete this session?</source>
            <translation>このセッションを削除しますか？</translation>
        </message>
        <message>
            <source>Delete the session ({mode}) of {plan} on {date}, with its timeline, check-in and check-out and notes? This cannot be undone.</source>
            <translation>{date}の「{plan}」のセッション（{mode}）を、タイムライン、チェックイン・チェックアウト、メモとともに削除しますか？ 元には戻せません。</translation>
        </message>
        <message>
            <source>a deleted plan</source>
            <translation>削除されたプラン</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>削除できませんでした</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Films, music, stories and pictures ({patterns});;All files (*)</source>
            <translation>映像・音楽・物語・画像 ({patterns});;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Already there</source>
            <translation>登録済み</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>追加できず</translation>
        </message>
        <message>
            <source>Import files</source>
            <translation>ファイルを取り込む</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>フォルダーを取り込む</translation>
        </message>
    </context>
    <context>
        <name>ImportReasons</name>
        <message>
            <source>It is already in the library.</source>
            <translation>すでにライブラリにあります。</translation>
        </message>
        <message>
            <source>the story file holds no text</source>
            <translation>物語のファイルに文章がありません。</translation>
        </message>
        <message>
            <source>it is not a picture, despite its name ({suffix})</source>
            <translation>名前（{suffix}）とは違い、画像ではありません。</translation>
        </message>
        <message>
            <source>It is already in the library as “{title}”.</source>
            <translation>すでにライブラリに「{title}」としてあります。</translation>
        </message>
        <message>
            <source>It was missing from the library as “{title}”; found again here.</source>
            <translation>ライブラリで見つからなかった「{title}」が、ここで見つかりました。</translation>
        </message>
        <message>
            <source>libVLC cannot play it</source>
            <translation>libVLC で再生できません。</translation>
        </message>
        <message>
            <source>It could not be read ({reason}).</source>
            <translation>読めませんでした（{reason}）。</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <translation>ファイルが空です（0 バイト）。</translation>
        </message>
        <message>
            <source>it is a text file, not sound or video, despite its name ({suffix})</source>
            <translation>名前（{suffix}）とは違い、音声や映像ではなくテキストのファイルです。</translation>
        </message>
        <message>
            <source>tearconsole does not use files without an extension: only films, music, stories (.txt, .md) and pictures</source>
            <translation>tearconsole は拡張子のないファイルを使いません。使えるのは映像・音楽・物語（.txt、.md）・画像だけです。</translation>
        </message>
        <message>
            <source>tearconsole does not use {suffix}: only films, music, stories (.txt, .md) and pictures</source>
            <translation>tearconsole は {suffix} のファイルを使いません。使えるのは映像・音楽・物語（.txt、.md）・画像だけです。</translation>
        </message>
        <message>
            <source>it holds binary data, not text</source>
            <translation>文章ではなく、バイナリーのデータが入っています。</translation>
        </message>
        <message>
            <source>its text encoding could not be recognised</source>
            <translation>文字コードを判別できませんでした。</translation>
        </message>
        <message>
            <source>the ZIP archive holds no text file (.txt) to read as a story</source>
            <translation>ZIP ファイルに、物語として読むテキストファイル（.txt）がありません。</translation>
        </message>
        <message>
            <source>the ZIP archive holds {count} text files; unzip it and import the story you want</source>
            <translation>ZIP ファイルにテキストファイルが {count} 個あります。展開してから、使いたい物語を取り込んでください。</translation>
        </message>
        <message>
            <source>the text in the ZIP archive is too large to be a story</source>
            <translation>ZIP ファイルの中の文章は、物語としては大きすぎます。</translation>
        </message>
        <message>
            <source>the ZIP archive cannot be read ({reason})</source>
            <translation>ZIP ファイルを読めません（{reason}）。</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>nothing to import there: no films, music, pictures or stories (.txt)</source>
            <translation>取り込めるものがありません：映像・音楽・画像・ストーリー（.txt）が見つかりませんでした</translation>
        </message>
        <message numerus="yes">
            <source>%n imported</source>
            <translation>
                <numerusform>%n件を取り込みました</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>%n件はすでにライブラリにあります</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be used</source>
            <translation>
                <numerusform>%n件は使えませんでした</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>What was imported</source>
            <translation>取り込んだもの</translation>
        </message>
        <message>
            <source>{summary}.</source>
            <translation>{summary}。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>{kind} “{title}”</source>
            <comment>what an import added</comment>
            <translation>{kind}「{title}」</translation>
        </message>
    </context>
    <context>
        <name>ImportStrip</name>
        <message>
            <source>Stop importing</source>
            <translation>取り込みをやめる</translation>
        </message>
        <message>
            <source>Show each file</source>
            <translation>ファイルごとに見る</translation>
        </message>
        <message>
            <source>Looking at the files…</source>
            <translation>ファイルを確認しています…</translation>
        </message>
        <message>
            <source>The import stopped: {reason}. Nothing already added was lost.</source>
            <translation>取り込みが止まりました：{reason}。すでに追加したものは失われていません。</translation>
        </message>
        <message>
            <source>Import stopped. What was added before you stopped it is kept.</source>
            <translation>取り込みを止めました。止める前に追加したものは残っています。</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>このファイルのあとで止めます…</translation>
        </message>
        <message>
            <source>Importing {number} of {total}: {name}</source>
            <translation>取り込み中 {number}/{total}：{name}</translation>
        </message>
        <message>
            <source>{summary}.</source>
            <translation>{summary}。</translation>
        </message>
        <message>
            <source>{summary} Making a picture for each new film…</source>
            <translation>{summary} 新しい映像ごとに場面写真を作っています…</translation>
        </message>
        <message>
            <source>{summary} Making film pictures: {done} of {total}</source>
            <translation>{summary} 場面写真を作成中：{done}/{total}</translation>
        </message>
        <message>
            <source>{summary} Some films have no picture yet.</source>
            <translation>{summary} まだ場面写真のない映像があります。</translation>
        </message>
        <message>
            <source>Copying into tearconsole's data folder…</source>
            <translation>tearconsole のデータフォルダーにコピーしています…</translation>
        </message>
        <message>
            <source>The copy stopped: {error}.</source>
            <translation>コピーが止まりました：{error}。</translation>
        </message>
        <message>
            <source>Copying stopped; what was copied is kept.</source>
            <translation>コピーを止めました。コピーしたものは残っています。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) copied into tearconsole's data folder.</source>
            <translation>
                <numerusform>%n件を tearconsole のデータフォルダーにコピーしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking for the missing files in {folder}…</source>
            <translation>{folder} の中で見つからないファイルを探しています…</translation>
        </message>
        <message>
            <source>The search stopped: {reason}.</source>
            <translation>検索が止まりました：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Library</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>取り込む…</translation>
        </message>
        <message>
            <source>Files…</source>
            <translation>ファイル…</translation>
        </message>
        <message>
            <source>A folder…</source>
            <translation>フォルダー…</translation>
        </message>
        <message>
            <source>Keep a copy in tearconsole's data folder</source>
            <translation>tearconsole のデータフォルダーにコピーを置く</translation>
        </message>
        <message>
            <source>For media on a USB stick or a network share: the plan then needs neither</source>
            <translation>USB メモリーやネットワーク上のメディア向けです。コピーすれば、プランはどちらも必要としません</translation>
        </message>
        <message>
            <source>Copy the selected items in</source>
            <translation>選んだ素材をコピーする</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Find missing files…</source>
            <translation>見つからないファイルを探す…</translation>
        </message>
        <message>
            <source>A new card of words…</source>
            <translation>言葉のカードを新しく作る…</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · loading…</source>
            <translation>
                <numerusform>%n件 · 読み込み中…</numerusform>
            </translation>
        </message>
        <message>
            <source>film {count}</source>
            <comment>library tally</comment>
            <translation>映像 {count}</translation>
        </message>
        <message>
            <source>music {count}</source>
            <comment>library tally</comment>
            <translation>音楽 {count}</translation>
        </message>
        <message>
            <source>story {count}</source>
            <comment>library tally</comment>
            <translation>物語 {count}</translation>
        </message>
        <message>
            <source>card {count}</source>
            <comment>library tally</comment>
            <translation>カード {count}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s): {tally}</source>
            <translation>
                <numerusform>%n件：{tally}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n件が見つかりません</numerusform>
            </translation>
        </message>
        <message>
            <source>Drop files anywhere on this page to import them.</source>
            <translation>このページにファイルをドロップすると取り込めます。</translation>
        </message>
        <message>
            <source>{summary}  —  showing {shown}</source>
            <translation>{summary}  —  {shown}件を表示</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n…</source>
            <translation>
                <numerusform>%n件を編集…</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo could not be installed ({reason}).</source>
            <translation>デモを入れられませんでした（{reason}）。</translation>
        </message>
        <message>
            <source>Where are the missing files now?</source>
            <translation>見つからないファイルは、今どこにありますか？</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Find in the library</source>
            <translation>ライブラリ内を検索</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Add the selected items after the selected cue</source>
            <translation>選んだ素材を、選んだキューのあとに追加します</translation>
        </message>
        <message>
            <source>Add as bed</source>
            <translation>BGMとして追加</translation>
        </message>
        <message>
            <source>Add a cue that starts this music under the cues after it</source>
            <translation>この音楽を、後のキューの下で流し始めるキューを追加します</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Drag onto the cues, double-click, or select and press Add</source>
            <translation>キューの上にドラッグ、ダブルクリック、または選んで「追加」を押してください</translation>
        </message>
    </context>
    <context>
        <name>LibraryPreview</name>
        <message>
            <source>Nothing selected</source>
            <translation>何も選ばれていません</translation>
        </message>
        <message>
            <source>Select an item to see it here.</source>
            <translation>素材を選ぶと、ここに表示されます。</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <source>intensity {level}</source>
            <translation>強さ {level}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Private notes: {notes}</source>
            <translation>非公開メモ：{notes}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
    </context>
    <context>
        <name>LibraryWelcome</name>
        <message>
            <source>Your library is empty</source>
            <translation>ライブラリはまだ空です</translation>
        </message>
        <message>
            <source>Install the demo</source>
            <translation>デモを入れる</translation>
        </message>
        <message>
            <source>Or start with your own, in three steps</source>
            <translation>ご自分の素材で始めるときは、次の3つの手順で</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>取り込む…</translation>
        </message>
        <message>
            <source>Open Plans</source>
            <translation>プランを開く</translation>
        </message>
        <message>
            <source>Open Live</source>
            <translation>進行を開く</translation>
        </message>
        <message>
            <source>1. Import</source>
            <translation>1. 取り込む</translation>
        </message>
        <message>
            <source>Bring in your films, music, stories (text files) and card pictures, or drop them on this page.</source>
            <translation>映像、音楽、物語（テキストファイル）、カードの画像を取り込みます。このページにドロップしても取り込めます。</translation>
        </message>
        <message>
            <source>2. Build a plan</source>
            <translation>2. プランを作る</translation>
        </message>
        <message>
            <source>Put them in order with pauses, a content notice and a closing card; preflight says what to look at.</source>
            <translation>静かな間、内容の注意書きのカード、締めくくりのカードを入れて並べます。見ておくところは事前チェックが教えてくれます。</translation>
        </message>
        <message>
            <source>3. Rehearse</source>
            <translation>3. リハーサルする</translation>
        </message>
        <message>
            <source>Run the plan through once at your own pace, without the room's screen, and compare its timings with the plan.</source>
            <translation>会場の画面を使わずに自分のペースで一度通し、かかった時間をプランと比べます。</translation>
        </message>
        <message>
            <source>See the whole flow first: the demo plan “{plan}” comes with its stories, music, a short film and the cards around them.</source>
            <translation>まず全体の流れを見てみましょう。デモのプラン「{plan}」には、物語、音楽、短い映像と、その前後のカードが入っています。</translation>
        </message>
        <message>
            <source>Installing the demo…</source>
            <translation>デモを入れています…</translation>
        </message>
    </context>
    <context>
        <name>LiveConsole</name>
        <message>
            <source>The screen the room's window goes to</source>
            <translation>会場用のウィンドウを出す画面</translation>
        </message>
        <message>
            <source>Finish the session…</source>
            <translation>セッションを終える…</translation>
        </message>
        <message>
            <source>Furigana</source>
            <translation>ふりがな</translation>
        </message>
        <message>
            <source>Show the readings above a story's kanji on the room's screen</source>
            <translation>会場の画面で、物語の漢字の上に読みがなを表示します</translation>
        </message>
        <message>
            <source>Cues</source>
            <translation>キュー</translation>
        </message>
        <message>
            <source>Rehearsed vs planned</source>
            <translation>リハーサルと予定の比較</translation>
        </message>
        <message>
            <source>Note ({key}): Enter private, Shift+Enter shared</source>
            <translation>メモ（{key}）：Enterで非公開、Shift+Enterで共有可</translation>
        </message>
        <message>
            <source>A quick note for the session's record. Enter keeps it private (out of reports unless asked for); Shift+Enter keeps it as shareable.</source>
            <translation>セッションの記録に残す短いメモです。Enterは非公開（求めない限り報告書には載りません）、Shift+Enterは共有できるメモとして残します。</translation>
        </message>
        <message>
            <source>+{seconds} s</source>
            <translation>＋{seconds}秒</translation>
        </message>
        <message>
            <source>Hide  ({key})</source>
            <translation>隠す（{key}）</translation>
        </message>
        <message>
            <source>Show  ({key})</source>
            <translation>映す（{key}）</translation>
        </message>
        <message>
            <source>Close again within {seconds} s to end the session and quit.</source>
            <translation>{seconds}秒以内にもう一度閉じると、セッションを終えて終了します。</translation>
        </message>
    </context>
    <context>
        <name>LivePage</name>
        <message>
            <source>Live</source>
            <translation>進行</translation>
        </message>
        <message>
            <source>Choose a plan. Start it for the room, or rehearse it first: a rehearsal is recorded too, and leaves the room's screen alone.</source>
            <translation>プランを選んでください。会場向けに始めることも、先にリハーサルすることもできます。リハーサルも記録され、会場の画面はそのままです。</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>セッションを始める</translation>
        </message>
        <message>
            <source>Rehearse</source>
            <translation>リハーサルする</translation>
        </message>
        <message>
            <source>Room check…</source>
            <translation>会場チェック…</translation>
        </message>
        <message>
            <source>Sound output and level, the room's screen, and the plan's files, now</source>
            <translation>音の出力と音量、会場の画面、プランのファイルを今すぐ確かめます</translation>
        </message>
        <message>
            <source>Presentation clicker keys: Page Down = GO, Page Up = back, B or . = safe stop</source>
            <translation>プレゼン用リモコンのキー：Page Down で GO、Page Up で戻る、B か . で安全に止める</translation>
        </message>
        <message>
            <source>Hide the room's screen  ({key})</source>
            <translation>会場の画面を隠す（{key}）</translation>
        </message>
        <message>
            <source>There is no plan yet: make one on the Plans page.</source>
            <translation>まだプランがありません。プランのページで作成してください。</translation>
        </message>
        <message>
            <source>Before the first session today, a minute for the room: hear the sound, see the screen, check the files. Done, or Back and Start session again, to go on.</source>
            <translation>今日最初のセッションの前に、会場のための1分を：音を聞き、画面を見て、ファイルを確かめます。「完了」、または「戻る」を押してからもう一度「セッションを始める」で進めます。</translation>
        </message>
        <message>
            <source>Room checked today at {time}: sound on {output}, level {level} dB.</source>
            <translation>今日 {time} に会場チェック済み：音の出力 {output}、音量 {level} dB。</translation>
        </message>
        <message>
            <source>the system's default output</source>
            <translation>システムの既定の出力</translation>
        </message>
        <message>
            <source>The room has not been checked today.</source>
            <translation>今日はまだ会場チェックをしていません。</translation>
        </message>
        <message>
            <source>A session is already running.</source>
            <translation>すでにセッションが進行中です。</translation>
        </message>
        <message>
            <source>{plan} has no cues yet: add some on the Plans page.</source>
            <translation>「{plan}」にはまだキューがありません。プランのページで加えてください。</translation>
        </message>
        <message>
            <source>The session is over and saved; the History page has it.</source>
            <translation>セッションは終わり、保存されました。履歴のページで見られます。</translation>
        </message>
        <message>
            <source>There is no session for the participants' phones.</source>
            <translation>参加者のスマートフォンを使うセッションがありません。</translation>
        </message>
    </context>
    <context>
        <name>LiveRunner</name>
        <message>
            <source>{count} step(s) of session {id} could not be saved anywhere (the disk is full) and are lost; the session is not marked finished.</source>
            <translation>セッション {id} の記録 {count} 件はどこにも保存できず（ディスクがいっぱいです）、失われました。セッションは終わったものとしていません。</translation>
        </message>
        <message>
            <source>{count} step(s) of session {id} could not be saved yet; they are kept in {path} and saved the next time tearconsole opens this data folder. Until then the session is not marked finished.</source>
            <translation>セッション {id} の記録 {count} 件はまだ保存できていません。{path} に残してあり、tearconsole が次にこのデータフォルダーを開いたときに保存します。それまでセッションは終わったものとしていません。</translation>
        </message>
    </context>
    <context>
        <name>Locate</name>
        <message>
            <source>The file is no longer at {path} (moved, renamed, or its drive is not plugged in). Use Relink to point at the folder it is in now.</source>
            <translation>ファイルが {path} にもうありません（移動したか、名前が変わったか、ドライブがつながっていません）。ライブラリの「見つからないファイルを探す…」で、今ファイルがあるフォルダーを指定してください。</translation>
        </message>
        <message>
            <source>The file at {path} has changed since it was imported; import it again.</source>
            <translation>{path} のファイルは、取り込んだ後に変わっています。もう一度取り込んでください。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Library</source>
            <translation>ライブラリ</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>プラン</translation>
        </message>
        <message>
            <source>Data: {folder}</source>
            <translation>データ：{folder}</translation>
        </message>
        <message>
            <source>Open after the session ends.</source>
            <translation>セッションが終わると開けます。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>進行</translation>
        </message>
        <message>
            <source>The language can be changed once the console is closed.</source>
            <translation>言語は、進行画面を閉じてから変えられます。</translation>
        </message>
    </context>
    <context>
        <name>Marks</name>
        <message>
            <source>Paused</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>Softened</source>
            <translation>やわらげ</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>元に戻した</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>待機</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>待機解除</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>延長</translation>
        </message>
        <message>
            <source>Pace changed</source>
            <translation>ペース変更</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>飛ばした</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <source>Safe stop</source>
            <translation>安全停止</translation>
        </message>
        <message>
            <source>Hard stop</source>
            <translation>即時停止</translation>
        </message>
        <message>
            <source>Media problem</source>
            <translation>メディアの問題</translation>
        </message>
        <message>
            <source>Resumed after a crash</source>
            <translation>異常終了のあとに再開</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Softened to level {level}</source>
            <translation>やわらげ（{level}）</translation>
        </message>
        <message>
            <source>Extended by {seconds} s</source>
            <translation>{seconds}秒延長</translation>
        </message>
        <message>
            <source>Pace x{pace}</source>
            <translation>ペース ×{pace}</translation>
        </message>
        <message>
            <source>Continued after the safe stop</source>
            <translation>安全停止のあと続きから再生</translation>
        </message>
        <message>
            <source>Hard stop armed</source>
            <translation>即時停止の確認待ち</translation>
        </message>
        <message>
            <source>Media problem: {reason}</source>
            <translation>メディアの問題：{reason}</translation>
        </message>
    </context>
    <context>
        <name>MediaProblem</name>
        <message>
            <source>The media file {file} is missing (moved, renamed or deleted?).</source>
            <translation>メディアファイル {file} が見つかりません（移動、名前の変更、削除をしましたか？）。</translation>
        </message>
        <message>
            <source>tearconsole could not play {file}: the file may be damaged or in a format it cannot read.</source>
            <translation>tearconsole は {file} を再生できませんでした。ファイルが壊れているか、読めない形式かもしれません。</translation>
        </message>
        <message>
            <source>The cue “{cue}” has nothing to play; moving on.</source>
            <translation>キュー「{cue}」には再生するものがありません。次へ進みます。</translation>
        </message>
        <message>
            <source>The bed has nothing to play; the session goes on without it.</source>
            <translation>BGM に再生するものがありません。BGM なしでセッションを続けます。</translation>
        </message>
        <message>
            <source>The media did not report its end; moving on.</source>
            <translation>メディアが終わりを知らせてきませんでした。次へ進みます。</translation>
        </message>
    </context>
    <context>
        <name>MediaReach</name>
        <message>
            <source>{name} is not there: plug in the drive or connect to the share it was on, or relink it in the library.</source>
            <translation>{name} が見つかりません。ファイルのあったドライブをつなぐか共有フォルダーに接続するか、ライブラリでつなぎ直してください。</translation>
        </message>
        <message>
            <source>{name} is not there: relink it in the library (it may have been moved).</source>
            <translation>{name} が見つかりません。ライブラリでつなぎ直してください（移動したのかもしれません）。</translation>
        </message>
        <message>
            <source>{name} is there but cannot be read: check its permissions, or replace it in the library.</source>
            <translation>{name} はありますが読めません。アクセス権を確かめるか、ライブラリで差し替えてください。</translation>
        </message>
        <message>
            <source>{name} is on a removable drive: copy it into tearconsole (Library, Copy in).</source>
            <translation>{name} は取り外せるドライブにあります。tearconsole にコピーしてください（ライブラリの「データフォルダーにコピーを置く」）。</translation>
        </message>
        <message>
            <source>{name} is on a network share: copy it into tearconsole (Library, Copy in).</source>
            <translation>{name} はネットワークの共有フォルダーにあります。tearconsole にコピーしてください（ライブラリの「データフォルダーにコピーを置く」）。</translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>(various; kept unless you type here)</source>
            <translation>（それぞれ異なります。入力しなければそのまま残ります）</translation>
        </message>
        <message numerus="yes">
            <source>Edit %n items</source>
            <translation>
                <numerusform>%n件を編集</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>「{title}」を編集</translation>
        </message>
        <message>
            <source>(each keeps its own title)</source>
            <translation>（それぞれのタイトルのまま）</translation>
        </message>
        <message>
            <source>Keep each one's own</source>
            <translation>それぞれの値のまま</translation>
        </message>
        <message>
            <source>1 · gentle</source>
            <translation>1 · おだやか</translation>
        </message>
        <message>
            <source>3 · moderate</source>
            <translation>3 · ふつう</translation>
        </message>
        <message>
            <source>5 · very strong</source>
            <translation>5 · とても強い</translation>
        </message>
        <message>
            <source>comma-separated, e.g. loss, family, rain</source>
            <translation>カンマ区切り（例：喪失, 家族, 雨）</translation>
        </message>
        <message>
            <source>Only you see these.</source>
            <translation>あなただけが見られます。</translation>
        </message>
        <message>
            <source>The words the room reads on this card, line by line.</source>
            <translation>会場で読まれる、このカードの言葉（1行ずつ）。</translation>
        </message>
        <message>
            <source>A line {marker} lists the content notes of the plan the card is in (those of the cues after it).</source>
            <translation>{marker} の行には、このカードが入っているプランの内容の注意書き（カードのあとのキューのもの）が並びます。</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Card text</source>
            <translation>カードの文</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>強さ</translation>
        </message>
        <message>
            <source>Tags shared by all</source>
            <translation>すべてに共通のタグ</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Content notes</source>
            <translation>内容の注意書き</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>クレジット</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>ライセンス</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>非公開メモ</translation>
        </message>
        <message>
            <source>Only the fields you change are applied to all of them.</source>
            <translation>変えた項目だけが、すべてに反映されます。</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>新しいカード</translation>
        </message>
        <message>
            <source>e.g. Before we begin</source>
            <translation>例：はじめる前に</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>アラビア語</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中国語</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>チェコ語</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>デンマーク語</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>オランダ語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>フィンランド語</translation>
        </message>
        <message>
            <source>French</source>
            <translation>フランス語</translation>
        </message>
        <message>
            <source>German</source>
            <translation>ドイツ語</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>ギリシャ語</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>ヘブライ語</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>ヒンディー語</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>インドネシア語</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>イタリア語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>韓国語</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>ノルウェー語</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>ポーランド語</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>ポルトガル語</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>ロシア語</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>スペイン語</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>スウェーデン語</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>タイ語</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>トルコ語</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>ウクライナ語</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>ベトナム語</translation>
        </message>
    </context>
    <context>
        <name>NoteField</name>
        <message>
            <source>Kept as a private note.</source>
            <translation>非公開のメモとして残しました。</translation>
        </message>
        <message>
            <source>Kept as a shareable note.</source>
            <translation>共有可のメモとして残しました。</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>The participants' phones stay off: no session opened.</source>
            <translation>参加者のスマートフォンはオフのままです：セッションが開いていません。</translation>
        </message>
        <message>
            <source>Participants: open {url} on a phone and type the room's code {code}</source>
            <translation>参加者：スマートフォンで {url} を開き、会場のコード {code} を入力してください</translation>
        </message>
        <message numerus="yes">
            <source>Phones: %n</source>
            <translation>
                <numerusform>参加者：%n人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asked for softer in the last 3 minutes</source>
            <translation>
                <numerusform>この3分で%n件「やわらげて」</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>softer %n</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>やわらげて%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asked for a break</source>
            <translation>
                <numerusform>%n件「休憩したい」</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>break %n</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>休憩%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at 8 or more</source>
            <translation>
                <numerusform>8点以上の方%n人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>8+ %n</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>8点以上%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phone(s)</source>
            <comment>the phones' brief line</comment>
            <translation>
                <numerusform>%n人</numerusform>
            </translation>
        </message>
        <message>
            <source>Soften?</source>
            <translation>やわらげますか？</translation>
        </message>
        <message>
            <source> · </source>
            <comment>between the parts of the phones' line</comment>
            <translation> · </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsBrief</name>
        <message>
            <source> · </source>
            <comment>between the parts of the phones' brief line</comment>
            <translation>・</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsControl</name>
        <message>
            <source>The participants' page cannot listen on {address}: {reason}</source>
            <translation>参加者のページを {address} で待ち受けられません：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Participants' phones</source>
            <translation>参加者のスマートフォン</translation>
        </message>
        <message>
            <source>Open the page on this laptop</source>
            <translation>このパソコンでページを開く</translation>
        </message>
        <message>
            <source>See what a participant's phone shows (for a rehearsal)</source>
            <translation>参加者のスマートフォンに映る画面を見る（リハーサル用）</translation>
        </message>
        <message>
            <source>The room's screen shows the QR code and the room's code on the welcome and closing cards only. A phone joins without a name; the session keeps the counts only, never who.</source>
            <translation>会場の画面には、はじまりのカードと締めくくりのカードにだけ、QRコードと会場のコードが出ます。スマートフォンは名前なしで参加します。セッションに残るのは件数だけで、誰が何をしたかは残りません。</translation>
        </message>
        <message>
            <source>Turn the participants' phones off</source>
            <translation>参加者のスマートフォンをオフにする</translation>
        </message>
        <message>
            <source>Turn the participants' phones on for this session</source>
            <translation>このセッションで参加者のスマートフォンをオンにする</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsStatus</name>
        <message>
            <source>Phones: off</source>
            <translation>参加者：オフ</translation>
        </message>
        <message>
            <source>{suggestion} · {line}</source>
            <translation>{suggestion} · {line}</translation>
        </message>
        <message>
            <source>The participants' phones: anonymous counts, on this laptop only. A suggestion is only a suggestion: nothing changes unless you act.</source>
            <translation>参加者のスマートフォン：名前のない件数で、このパソコンにだけ出ます。提案は提案にすぎません：あなたが操作しない限り、何も変わりません。</translation>
        </message>
    </context>
    <context>
        <name>PlanActions</name>
        <message>
            <source>New plan</source>
            <translation>新しいプラン</translation>
        </message>
        <message>
            <source>Rename plan</source>
            <translation>プラン名の変更</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新しい名前：</translation>
        </message>
        <message>
            <source>There is already a plan called “{name}”; choose another name.</source>
            <translation>「{name}」というプランはすでにあります。別の名前にしてください。</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>プランを削除</translation>
        </message>
        <message>
            <source>Delete the plan “{name}”? Its cues go with it; the library and past sessions stay.</source>
            <translation>プラン「{name}」を削除しますか？ キューも一緒に削除されます。ライブラリと過去のセッションは残ります。</translation>
        </message>
    </context>
    <context>
        <name>PlanEditorPage</name>
        <message>
            <source>Plans</source>
            <translation>プラン</translation>
        </message>
        <message>
            <source>Theme of the session (for you and the group)</source>
            <translation>セッションのテーマ（あなたと参加者のために）</translation>
        </message>
        <message>
            <source> min target</source>
            <translation>分（目標）</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>目標なし</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <source>+ Pause</source>
            <translation>+ 静かな間</translation>
        </message>
        <message>
            <source>+ Bed stop</source>
            <translation>+ BGM停止</translation>
        </message>
        <message>
            <source>Soft landing</source>
            <translation>クールダウン</translation>
        </message>
        <message>
            <source>Use the selected cue as this plan's soft landing</source>
            <translation>選んだキューを、このプランのクールダウンにします</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Move the selected cue up (Alt+Up)</source>
            <translation>選んだキューを一つ上へ移します（Alt+↑）</translation>
        </message>
        <message>
            <source>Move the selected cue down (Alt+Down)</source>
            <translation>選んだキューを一つ下へ移します（Alt+↓）</translation>
        </message>
        <message>
            <source>Move the cue up</source>
            <translation>キューを上へ移す</translation>
        </message>
        <message>
            <source>Move the cue down</source>
            <translation>キューを下へ移す</translation>
        </message>
        <message>
            <source>Undo {edit}</source>
            <translation>元に戻す：{edit}</translation>
        </message>
        <message>
            <source>Redo {edit}</source>
            <translation>やり直す：{edit}</translation>
        </message>
        <message>
            <source>No plan yet: press New</source>
            <translation>まだプランがありません。「新規」を押してください</translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) · {planned} planned</source>
            <translation>
                <numerusform>キュー%n件 · 予定 {planned}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) · {planned} planned · target {target} ({by} over)</source>
            <translation>
                <numerusform>キュー%n件 · 予定 {planned} · 目標 {target}（{by} 超過）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) · {planned} planned · target {target} ({by} under)</source>
            <translation>
                <numerusform>キュー%n件 · 予定 {planned} · 目標 {target}（{by} 余裕）</numerusform>
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
キュー%n件 · {length}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanListPanel</name>
        <message>
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>名前を変更</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>複製</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>書き出す…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>取り込む…</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>プラン</translation>
        </message>
    </context>
    <context>
        <name>PlanTransfer</name>
        <message>
            <source>tearconsole plans (*.zip);;All files (*)</source>
            <translation>tearconsole のプラン (*.zip);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>{doing}… {share} %</source>
            <translation>{doing}… {share} %</translation>
        </message>
        <message>
            <source>Export plan</source>
            <translation>プランを書き出す</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>非公開メモ</translation>
        </message>
        <message>
            <source>Keep your private notes in the file? Choose No when the plan is for someone else.</source>
            <translation>非公開メモもファイルに含めますか？ ほかの人に渡すプランなら「いいえ」を選んでください。</translation>
        </message>
        <message>
            <source>Exported '{name}' ({size} MB) to {file}.</source>
            <translation>「{name}」（{size} MB）を {file} に書き出しました。</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>書き出し中</translation>
        </message>
        <message>
            <source>The export did not finish.</source>
            <translation>書き出しを終えられませんでした。</translation>
        </message>
        <message>
            <source>Import plan</source>
            <translation>プランを取り込む</translation>
        </message>
        <message>
            <source>Imported '{name}': {added} new stimuli, {reused} already in the library.</source>
            <translation>「{name}」を取り込みました：新しい素材 {added}件、ライブラリにあったもの {reused}件。</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>取り込み中</translation>
        </message>
        <message>
            <source>The import did not finish.</source>
            <translation>取り込みを終えられませんでした。</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <source>libVLC, the video engine tearconsole plays through, is not installed or cannot be loaded: install VLC (on Debian or Ubuntu: sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output) and start tearconsole again.</source>
            <translation>tearconsole が再生に使う映像エンジン libVLC が、入っていないか読み込めません。VLC を入れて（Debian や Ubuntu では sudo apt install libvlc5 vlc-plugin-base vlc-plugin-video-output）、tearconsole をもう一度起動してください。</translation>
        </message>
        <message>
            <source>libVLC refused its start-up options ({options}); check {variable} or reinstall VLC.</source>
            <translation>libVLC が起動オプション（{options}）を受け付けませんでした。{variable} を確かめるか、VLC を入れ直してください。</translation>
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Nothing is loaded to play.</source>
            <translation>再生するものが読み込まれていません。</translation>
        </message>
        <message>
            <source>{file} would not start playing; the file may be damaged.</source>
            <translation>{file} の再生が始まりませんでした。ファイルが壊れているかもしれません。</translation>
        </message>
        <message>
            <source>{file} could not be played: it may be damaged or in a format tearconsole cannot read.</source>
            <translation>{file} を再生できませんでした。壊れているか、tearconsole が読めない形式かもしれません。</translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message>
            <source>Cue {number} “{title}”</source>
            <translation>キュー{number}「{title}」</translation>
        </message>
        <message>
            <source>The plan “{name}” has no cues yet.</source>
            <translation>プラン「{name}」にはまだキューがありません。</translation>
        </message>
        <message>
            <source>Cue {number} has lost its stimulus (it was deleted from the library); remove the cue or add the stimulus again.</source>
            <translation>キュー{number}の素材がありません（ライブラリから削除されました）。キューを削除するか、素材をもう一度追加してください。</translation>
        </message>
        <message>
            <source>{cue}: its media file is missing ({file}); relink it in the library.</source>
            <translation>{cue}：メディアファイルが見つかりません（{file}）。ライブラリで場所を指定し直してください。</translation>
        </message>
        <message>
            <source>{cue}: its media file cannot be played; replace it in the library.</source>
            <translation>{cue}：メディアファイルを再生できません。ライブラリで差し替えてください。</translation>
        </message>
        <message>
            <source>its in point {time} is outside the media</source>
            <translation>開始位置 {time} がメディアの範囲外です</translation>
        </message>
        <message>
            <source>its out point {time} is past the media's end</source>
            <translation>終了位置 {time} がメディアの終わりを過ぎています</translation>
        </message>
        <message>
            <source>its out point comes before its in point</source>
            <translation>終了位置が開始位置より前です</translation>
        </message>
        <message>
            <source>{cue}: {problem} (the media lasts {length}).</source>
            <translation>{cue}：{problem}（メディアの長さは{length}）。</translation>
        </message>
        <message>
            <source>{cue}: its fade-in ({fade_in} s) and fade-out ({fade_out} s) are longer than the {length} it plays; shorten the fades or let it play longer.</source>
            <translation>{cue}：フェードイン（{fade_in}秒）とフェードアウト（{fade_out}秒）を合わせると、再生する{length}より長くなります。フェードを短くするか、再生する長さを延ばしてください。</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>「{title}」</translation>
        </message>
        <message numerus="yes">
            <source>This plan uses %n item(s) nobody has reviewed yet ({names}): set their intensity and content notes in the library, so the content notice and pacing checks can be trusted.</source>
            <translation>
                <numerusform>このプランには、まだ誰も確認していない素材が%n件あります（{names}）。ライブラリで強さと内容の注意書きを設定してください。そうすると、内容の注意書きとペースの確認が当てになります。</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan runs {total}, much longer than its target of {target}.</source>
            <translation>プランの長さは{total}で、目標の{target}よりかなり長くなっています。</translation>
        </message>
        <message>
            <source>The plan runs {total}, much shorter than its target of {target}.</source>
            <translation>プランの長さは{total}で、目標の{target}よりかなり短くなっています。</translation>
        </message>
        <message>
            <source>{cue} touches on {notes}; no content-notice card comes before it.</source>
            <translation>{cue}は{notes}に触れますが、その前に内容の注意書きのカードがありません。</translation>
        </message>
        <message>
            <source>{cue}: its media file is on a removable drive ({path}); copy it into tearconsole (Library, Import, Copy the selected items in) so the plan does not depend on it.</source>
            <translation>{cue}：メディアファイルが取り外せるドライブにあります（{path}）。プランがそのドライブに頼らないよう、tearconsole にコピーしてください（ライブラリ、取り込む、選んだ素材をコピーする）。</translation>
        </message>
        <message>
            <source>{cue}: its media file is on a network share ({path}); copy it into tearconsole (Library, Import, Copy the selected items in) so the plan does not depend on it.</source>
            <translation>{cue}：メディアファイルがネットワーク上の共有フォルダーにあります（{path}）。プランがそのフォルダーに頼らないよう、tearconsole にコピーしてください（ライブラリ、取り込む、選んだ素材をコピーする）。</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>{cue} does not mention {notes}, which the cues after it touch on; add them to the card, or put a line {marker} where the plan's notes should be listed.</source>
            <translation>{cue}には、あとのキューが触れる{notes}が書かれていません。カードに書き足すか、プランの内容の注意書きを並べたいところに {marker} の行を置いてください。</translation>
        </message>
        <message>
            <source>{cue} follows the intense “{title}” with no pause between them.</source>
            <translation>{cue}が、強い「{title}」のすぐあとに、間を置かずに続きます。</translation>
        </message>
        <message>
            <source>{cue} starts a music bed that no later cue stops.</source>
            <translation>{cue}で始まるBGMを、後のキューが止めていません。</translation>
        </message>
        <message>
            <source>The plan has no closing card with care information; add one at the end.</source>
            <translation>相談先などケアの情報を載せた締めくくりのカードがありません。最後に加えてください。</translation>
        </message>
        <message>
            <source>Only {calm} of calm (pauses, sharing, closing) follows the last intense cue, {cue}; people need about {minutes} minutes to settle.</source>
            <translation>最後の強いキュー（{cue}）のあとの落ち着く時間（間・分かち合い・締めくくり）が{calm}しかありません。気持ちが落ち着くには、{minutes}分ほど必要です。</translation>
        </message>
        <message>
            <source>No soft-landing cue is chosen, so softening to level 3 goes to the calm card.</source>
            <translation>クールダウンのキューが選ばれていないため、やわらげ3では落ち着きのカードに移ります。</translation>
        </message>
        <message>
            <source>The soft-landing cue points at cue {number}, which the plan does not have; choose it again.</source>
            <translation>クールダウンのキューが、プランにないキュー{number}を指しています。もう一度選んでください。</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>The room</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Film: {title}</source>
            <translation>映像：{title}</translation>
        </message>
    </context>
    <context>
        <name>Probe</name>
        <message>
            <source>the file is not there</source>
            <translation>ファイルが見つかりません。</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <translation>ファイルが空です（0 バイト）。</translation>
        </message>
        <message>
            <source>it could not be read as a film or music (timed out)</source>
            <translation>映像や音楽として読めませんでした（時間切れ）。</translation>
        </message>
        <message>
            <source>it could not be read as a film or music (failed)</source>
            <translation>映像や音楽として読めませんでした（失敗）。</translation>
        </message>
        <message>
            <source>its length cannot be told (the file may be damaged or cut short)</source>
            <translation>長さがわかりません（ファイルが壊れているか、途中で切れているかもしれません）。</translation>
        </message>
        <message>
            <source>it has no sound or picture that tearconsole can play</source>
            <translation>tearconsole が再生できる音声や映像が入っていません。</translation>
        </message>
        <message>
            <source>it would not start playing</source>
            <translation>再生が始まりませんでした。</translation>
        </message>
        <message>
            <source>it holds no sound or picture that tearconsole could decode</source>
            <translation>tearconsole が読み取れる音声や映像が入っていません。</translation>
        </message>
        <message>
            <source>it stops long before its stated end (the file looks cut short)</source>
            <translation>表示されている長さよりずっと手前で止まります（ファイルが途中で切れているようです）。</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>場所(&amp;L):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ファイルの種類(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>ReadingsDialog</name>
        <message>
            <source>Check-in and check-out</source>
            <translation>チェックインとチェックアウト</translation>
        </message>
        <message>
            <source>Add or correct what was counted at the start and at the end. The session's record keeps the change, with what it replaced.</source>
            <translation>始まりと終わりに数えた結果を、あとから追加・修正できます。変更は、変更前の値とともにセッションの記録に残ります。</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>チェックイン</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>チェックアウト</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>The plan of session {id} ({plan}) was deleted, so the session cannot be resumed.</source>
            <translation>セッション {id} のプラン（{plan}）が削除されたため、このセッションは再開できません。</translation>
        </message>
        <message>
            <source>Session {id} is finished; there is nothing to resume.</source>
            <translation>セッション {id} は終わっています。再開するものはありません。</translation>
        </message>
        <message>
            <source>Session {id} is still running in another tearconsole; close that window first.</source>
            <translation>セッション {id} は別の tearconsole でまだ進行中です。先にそのウィンドウを閉じてください。</translation>
        </message>
        <message>
            <source>Session {id} had ended; there is nothing to resume.</source>
            <translation>セッション {id} は終了していました。再開するものはありません。</translation>
        </message>
    </context>
    <context>
        <name>RehearsalBar</name>
        <message>
            <source>Speed ({key}):</source>
            <translation>速さ（{key}）：</translation>
        </message>
        <message>
            <source>Seek ({keys}):</source>
            <translation>移動（{keys}）：</translation>
        </message>
        <message>
            <source>−10 s</source>
            <translation>−10秒</translation>
        </message>
        <message>
            <source>+10 s</source>
            <translation>+10秒</translation>
        </message>
    </context>
    <context>
        <name>RelinkReport</name>
        <message>
            <source>nothing in the library is missing, so there was nothing to relink</source>
            <translation>ライブラリに見つからないファイルはないため、つなぎ直すものはありませんでした</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) found again; {missing} still missing</source>
            <translation>
                <numerusform>%n件のファイルが見つかりました。{missing}件はまだ見つかりません</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) found again</source>
            <translation>
                <numerusform>%n件のファイルが見つかりました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Remote</name>
        <message>
            <source>The phone remote stays off: no session opened.</source>
            <translation>スマートフォンのリモコンはオフのままです：セッションが開かれていません。</translation>
        </message>
        <message>
            <source>Phone remote: open {url} on the phone and type the code {code}</source>
            <translation>スマートフォンのリモコン：スマートフォンで {url} を開き、コード {code} を入力してください</translation>
        </message>
    </context>
    <context>
        <name>RemoteControl</name>
        <message>
            <source>The remote cannot listen on {address}: {reason}</source>
            <translation>リモコンは {address} で待ち受けられません：{reason}</translation>
        </message>
        <message>
            <source>The remote is off.</source>
            <translation>リモコンはオフです。</translation>
        </message>
        <message>
            <source>{name} is sending too much; it was disconnected.</source>
            <translation>{name} から多くの要求が届いたため、接続を切りました。</translation>
        </message>
    </context>
    <context>
        <name>RemotePage</name>
        <message>
            <source>This address is not the remote's.</source>
            <translation>このアドレスはリモコンのものではありません。</translation>
        </message>
        <message>
            <source>Requests from other pages are refused.</source>
            <translation>ほかのページからの要求はお受けしていません。</translation>
        </message>
        <message>
            <source>{name} may watch the session but not act on it.</source>
            <translation>{name} はセッションを見ることはできますが、操作はできません。</translation>
        </message>
        <message>
            <source>That message was not understood.</source>
            <translation>受け取った内容を読み取れませんでした。</translation>
        </message>
        <message>
            <source>The remote cannot do that.</source>
            <translation>リモコンからはその操作はできません。</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>メモが空です。</translation>
        </message>
        <message>
            <source>Safe stop is a press and hold.</source>
            <translation>安全に止めるには長押しが必要です。</translation>
        </message>
        <message>
            <source>The soft landing needs Soften pressed and held.</source>
            <translation>穏やかな着地には、「やわらげる」を長押ししてください。</translation>
        </message>
        <message>
            <source>Safe stop needs the button pressed and held.</source>
            <translation>安全に止めるには、ボタンを押したままにしてください。</translation>
        </message>
        <message>
            <source>The soft landing needs Soften held a moment longer.</source>
            <translation>穏やかな着地には、「やわらげる」をもう少し長く押してください。</translation>
        </message>
        <message>
            <source>Safe stop needs the button held a moment longer.</source>
            <translation>安全に止めるには、もう少し長く押してください。</translation>
        </message>
        <message>
            <source>Too many pairing attempts; wait a minute and try again.</source>
            <translation>つなぐ試みが多すぎます。1分ほど待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Pairing is closed; ask for a new code on the laptop.</source>
            <translation>受付は終わっています。パソコンで新しいコードを発行してください。</translation>
        </message>
        <message>
            <source>Too many wrong codes; ask for a new code.</source>
            <translation>違うコードが続きました。新しいコードを発行してください。</translation>
        </message>
        <message>
            <source>That code is not the one on the laptop.</source>
            <translation>そのコードは、パソコンに表示されているものと違います。</translation>
        </message>
        <message>
            <source>Enough phones are paired already.</source>
            <translation>つなげるスマートフォンの数が上限に達しています。</translation>
        </message>
        <message>
            <source>Another phone is already called {name}; choose another name.</source>
            <translation>{name} という名前のスマートフォンがすでにつながっています。別の名前にしてください。</translation>
        </message>
        <message>
            <source>This phone is not paired.</source>
            <translation>このスマートフォンはつながっていません。</translation>
        </message>
        <message>
            <source>This phone is not paired with this session.</source>
            <translation>このスマートフォンは、このセッションとはつながっていません。</translation>
        </message>
        <message>
            <source>This phone's pairing was withdrawn on the laptop.</source>
            <translation>このスマートフォンのつながりは、パソコンで取り消されました。</translation>
        </message>
        <message>
            <source>This pairing belongs to another device; pair again.</source>
            <translation>このつながりは別の機器のものです。もう一度つないでください。</translation>
        </message>
        <message>
            <source>tearconsole remote</source>
            <translation>tearconsole リモコン</translation>
        </message>
        <message>
            <source>Pair this phone</source>
            <translation>このスマートフォンをつなぐ</translation>
        </message>
        <message>
            <source>The code on the laptop</source>
            <translation>パソコンに表示されているコード</translation>
        </message>
        <message>
            <source>This phone's name (shown on the laptop)</source>
            <translation>このスマートフォンの名前（パソコンに表示されます）</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>the name a phone gets unless one is typed</comment>
            <translation>スマートフォン</translation>
        </message>
        <message>
            <source>Pair</source>
            <comment>a button: pair this phone with the laptop</comment>
            <translation>つなぐ</translation>
        </message>
        <message>
            <source>Pairing was refused.</source>
            <translation>つなぐことができませんでした。</translation>
        </message>
        <message>
            <source>The laptop cannot be reached.</source>
            <translation>パソコンに接続できません。</translation>
        </message>
        <message>
            <source>Pair again with the code on the laptop.</source>
            <translation>パソコンに表示されているコードで、もう一度つないでください。</translation>
        </message>
        <message>
            <source>This phone sent too much at once and was disconnected; pair it again on the laptop.</source>
            <translation>このスマートフォンから一度に多くの要求が届いたため、接続を切りました。パソコンでもう一度つないでください。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>接続しています…</translation>
        </message>
        <message>
            <source>Connected to the laptop</source>
            <translation>パソコンと接続中</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未接続</translation>
        </message>
        <message>
            <source>The laptop is out of reach. Trying again…</source>
            <translation>パソコンとの接続が切れました。つなぎ直しています…</translation>
        </message>
        <message>
            <source>The session is over; the remote is off.</source>
            <translation>セッションが終わりました。リモコンはオフです。</translation>
        </message>
        <message>
            <source>Not connected to the laptop.</source>
            <translation>パソコンと接続していません。</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <comment>a phone's name and what it may do</comment>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source>controller</source>
            <comment>a phone that may act</comment>
            <translation>操作できる</translation>
        </message>
        <message>
            <source>viewer</source>
            <comment>a phone that may only watch</comment>
            <translation>見るだけ</translation>
        </message>
        <message>
            <source>This phone only watches: the laptop keeps the controls.</source>
            <translation>このスマートフォンは見るだけです。操作はパソコンで行います。</translation>
        </message>
        <message>
            <source>Ready</source>
            <comment>the session: nothing playing, GO awaited</comment>
            <translation>準備完了</translation>
        </message>
        <message>
            <source>Running</source>
            <comment>the session: a cue is playing</comment>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>一時停止中</translation>
        </message>
        <message>
            <source>Safe-stopped</source>
            <translation>安全停止</translation>
        </message>
        <message>
            <source>Ended</source>
            <comment>the session</comment>
            <translation>終了</translation>
        </message>
        <message>
            <source>Soft landing</source>
            <translation>クールダウン</translation>
        </message>
        <message>
            <source>Softened {level}</source>
            <translation>やわらげ（{level}）</translation>
        </message>
        <message>
            <source>Held</source>
            <comment>the next automatic step waits</comment>
            <translation>待機中</translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>リハーサル</translation>
        </message>
        <message>
            <source>Playing</source>
            <translation>再生中</translation>
        </message>
        <message>
            <source>Nothing playing</source>
            <translation>再生中のものはありません</translation>
        </message>
        <message>
            <source>Standing by</source>
            <translation>スタンバイ</translation>
        </message>
        <message>
            <source>The end of the plan</source>
            <translation>プランの終わり</translation>
        </message>
        <message>
            <source>Session</source>
            <comment>a clock: the session's elapsed time</comment>
            <translation>セッション</translation>
        </message>
        <message>
            <source>Plan left</source>
            <comment>a clock: the plan's remaining time</comment>
            <translation>プランの残り</translation>
        </message>
        <message>
            <source>target {target}, {over} over</source>
            <translation>目標 {target}、{over} 超過</translation>
        </message>
        <message>
            <source>target {target}, on time</source>
            <translation>目標 {target}、予定どおり</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>a button: hold the next automatic step</comment>
            <translation>待機</translation>
        </message>
        <message>
            <source>Release</source>
            <comment>a button: let the held step go on</comment>
            <translation>待機を解除</translation>
        </message>
        <message>
            <source>Soften</source>
            <translation>やわらげる</translation>
        </message>
        <message>
            <source>Restore</source>
            <comment>a button: undo the softening</comment>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Extend 30 s</source>
            <translation>30秒延ばす</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>a button: write a note</comment>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Hold for safe stop</source>
            <translation>長押しで安全に止める</translation>
        </message>
        <message>
            <source>Keep holding for safe stop…</source>
            <translation>安全に止めるまで、押したままにしてください…</translation>
        </message>
        <message>
            <source>Safe stop needs a press and hold.</source>
            <translation>安全に止めるには、ボタンを長押ししてください。</translation>
        </message>
        <message>
            <source>Hold for the soft landing</source>
            <translation>長押しで穏やかな着地へ</translation>
        </message>
        <message>
            <source>Keep holding for the soft landing…</source>
            <translation>穏やかな着地まで、押したままにしてください…</translation>
        </message>
        <message>
            <source>The soft landing needs a press and hold.</source>
            <translation>穏やかな着地には、ボタンを長押ししてください。</translation>
        </message>
        <message>
            <source>A note for the session's record</source>
            <translation>セッションの記録に残すメモ</translation>
        </message>
        <message>
            <source>shareable</source>
            <comment>a note that may go in reports</comment>
            <translation>共有可</translation>
        </message>
        <message>
            <source>Keep note</source>
            <translation>メモを残す</translation>
        </message>
        <message>
            <source>Note kept.</source>
            <translation>メモを残しました。</translation>
        </message>
        <message>
            <source>The request came too slowly.</source>
            <translation>要求が届くのに時間がかかりすぎました。</translation>
        </message>
        <message>
            <source>The laptop could not do that.</source>
            <translation>パソコンでその操作ができませんでした。</translation>
        </message>
        <message>
            <source>Too many presses at once; that one was let go.</source>
            <translation>一度に押された回数が多すぎるため、今の操作は見送りました。</translation>
        </message>
        <message>
            <source>GO was pressed twice in quick succession; the second press was ignored.</source>
            <translation>GOが続けて2回押されたため、2回目は無視しました。</translation>
        </message>
        <message>
            <source>The laptop is still busy with this phone's last press.</source>
            <translation>パソコンは、このスマートフォンからの前の操作をまだ処理しています。</translation>
        </message>
        <message>
            <source>This phone has left enough notes for this session; the laptop takes more.</source>
            <translation>このスマートフォンからのメモは、このセッションではもう残せません。続きはパソコンで残してください。</translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message>
            <source>This laptop only  {address}</source>
            <translation>このパソコンだけ  {address}</translation>
        </message>
        <message>
            <source>Phone remote</source>
            <translation>スマートフォンのリモコン</translation>
        </message>
        <message>
            <source>may act (GO, pause, soften, safe stop…)</source>
            <translation>操作できる（GO、一時停止、やわらげる、安全に止める…）</translation>
        </message>
        <message>
            <source>may only watch</source>
            <translation>見るだけ</translation>
        </message>
        <message>
            <source>Shown on this laptop only. The phone opens the address (or scans the code) in its browser and types the code. A code pairs one phone and works for five minutes; for the next phone, click Pair another phone: it joins as a viewer unless you give it control. The remote turns itself off when the session ends.</source>
            <translation>このパソコンにだけ表示されます。スマートフォンのブラウザーでアドレスを開き（またはコードを読み取り）、コードを入力します。1つのコードでつなげるのは1台だけで、有効なのは5分間です。次のスマートフォンは「別のスマートフォンをつなぐ」を押してからつなぎます。操作を任せない限り、見るだけになります。セッションが終わると、リモコンは自動でオフになります。</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>新しいコード</translation>
        </message>
        <message>
            <source>Listen on</source>
            <translation>待ち受け先</translation>
        </message>
        <message>
            <source>The next phone</source>
            <translation>次のスマートフォン</translation>
        </message>
        <message>
            <source>Paired phones</source>
            <translation>つながっているスマートフォン</translation>
        </message>
        <message>
            <source>Turn the remote off</source>
            <translation>リモコンをオフにする</translation>
        </message>
        <message>
            <source>Turn the remote on for this session</source>
            <translation>このセッションでリモコンをオンにする</translation>
        </message>
        <message>
            <source>Pair another phone</source>
            <translation>別のスマートフォンをつなぐ</translation>
        </message>
        <message>
            <source>(ask for a new code)</source>
            <translation>（新しいコードを発行してください）</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) refused (see remote.log in the data folder)</source>
            <translation>
                <numerusform>%n件の要求を断りました（データフォルダーの remote.log を参照）</numerusform>
            </translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>まだありません。</translation>
        </message>
        <message>
            <source>may act</source>
            <translation>操作できる</translation>
        </message>
        <message>
            <source>only watches</source>
            <translation>見るだけ</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>接続中</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>未接続</translation>
        </message>
        <message>
            <source>{address} · {role} · paired {time} · {state}</source>
            <translation>{address} · {role} · {time}につないだ · {state}</translation>
        </message>
        <message>
            <source>Only watch</source>
            <translation>見るだけにする</translation>
        </message>
        <message>
            <source>Give control</source>
            <translation>操作を任せる</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>取り消す</translation>
        </message>
    </context>
    <context>
        <name>RemoteStatus</name>
        <message>
            <source>Remote: off</source>
            <translation>リモコン：オフ</translation>
        </message>
        <message>
            <source>Remote: {names}</source>
            <translation>リモコン：{names}</translation>
        </message>
        <message>
            <source>Remote: on, no phone</source>
            <translation>リモコン：オン（スマートフォンなし）</translation>
        </message>
        <message numerus="yes">
            <source>{state} · %n refused</source>
            <translation>
                <numerusform>{state} · %n件を拒否</numerusform>
            </translation>
        </message>
        <message>
            <source>The phone remote: turn it on, pair a phone, withdraw a pairing</source>
            <translation>スマートフォンのリモコン：オンにする、つなぐ、つながりを取り消す</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>{date}, {time}</source>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start}〜{end}</translation>
        </message>
        <message>
            <source>, then </source>
            <translation>、その後 </translation>
        </message>
        <message>
            <source>Rehearsal</source>
            <translation>リハーサル</translation>
        </message>
        <message>
            <source>Rehearsal at {speeds}</source>
            <translation>リハーサル（{speeds}）</translation>
        </message>
        <message>
            <source>Live session</source>
            <translation>本番セッション</translation>
        </message>
        <message>
            <source>played</source>
            <translation>再生済み</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>飛ばした</translation>
        </message>
        <message>
            <source>not played</source>
            <translation>再生なし</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>ended</source>
            <comment>a cue's run</comment>
            <translation>最後まで</translation>
        </message>
        <message>
            <source>media problem</source>
            <translation>メディアの問題</translation>
        </message>
        <message>
            <source>soft landing</source>
            <translation>クールダウン</translation>
        </message>
        <message>
            <source>moved on</source>
            <translation>次へ進んだ</translation>
        </message>
        <message>
            <source>still running</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>予定どおり</translation>
        </message>
        <message>
            <source>{length} (planned {planned})</source>
            <translation>{length}（予定 {planned}）</translation>
        </message>
        <message>
            <source>{length}; took {wall} at {speeds}</source>
            <translation>{length}（{speeds}で実時間 {wall}）</translation>
        </message>
        <message>
            <source>This report includes private notes: keep it to yourself.</source>
            <translation>この報告書には非公開メモが含まれています。ご自身だけでお持ちください。</translation>
        </message>
        <message>
            <source>Private notes are left out of this report. No names are recorded.</source>
            <translation>この報告書には非公開メモを含めていません。名前は記録していません。</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>長さ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>設定なし</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>Softenings</source>
            <translation>やわらげた回数</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>停止の回数</translation>
        </message>
        <message>
            <source>Pauses</source>
            <translation>一時停止の回数</translation>
        </message>
        <message>
            <source>Holds and extensions</source>
            <translation>待機・延長の回数</translation>
        </message>
        <message>
            <source>Media problems</source>
            <translation>メディアの問題</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>キュー</translation>
        </message>
        <message>
            <source>Planned at</source>
            <translation>予定開始</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <source>Began at</source>
            <translation>実際の開始</translation>
        </message>
        <message>
            <source>Ran</source>
            <translation>実際の長さ</translation>
        </message>
        <message>
            <source>Over/under</source>
            <translation>予定との差</translation>
        </message>
        <message>
            <source>How</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>{what}: {date}</source>
            <translation>{what}：{date}</translation>
        </message>
        <message>
            <source>not taken</source>
            <translation>未実施</translation>
        </message>
        <message>
            <source>Distress</source>
            <translation>つらさ</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>チェックイン</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>チェックアウト</translation>
        </message>
        <message>
            <source>Check-in, from phones</source>
            <translation>チェックイン（スマートフォンから）</translation>
        </message>
        <message>
            <source>Check-out, from phones</source>
            <translation>チェックアウト（スマートフォンから）</translation>
        </message>
        <message>
            <source>People per score on the 0-10 distress scale (0 = calm), answered anonymously.</source>
            <translation>0〜10のつらさの尺度（0＝落ち着いている）で、点数ごとの人数です。回答は匿名です。</translation>
        </message>
        <message>
            <source>The participants' phones: {phones} joined; their scores are included in the check-in and check-out above, next to those counted by hand. {softer}, {breaks}.</source>
            <translation>参加者のスマートフォン：{phones}台が参加しました。その点数は、手で数えたものと合わせて上のチェックインとチェックアウトに含まれています。{softer}、{breaks}。</translation>
        </message>
        <message>
            <source>(private)</source>
            <translation>（非公開）</translation>
        </message>
        <message>
            <source>At</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>During</source>
            <translation>キュー</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>セッション</translation>
        </message>
        <message>
            <source>{plan}: session report</source>
            <translation>{plan}：セッション報告書</translation>
        </message>
        <message>
            <source>rehearsal</source>
            <translation>リハーサル</translation>
        </message>
        <message>
            <source>theme: {theme}</source>
            <translation>テーマ：{theme}</translation>
        </message>
        <message>
            <source>Your reflection</source>
            <translation>ふりかえり</translation>
        </message>
        <message>
            <source>tearconsole · session {id}</source>
            <translation>tearconsole · セッション {id}</translation>
        </message>
        <message>
            <source>Made with tearconsole {version}.</source>
            <translation>tearconsole {version} で作成しました。</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <source>Cues, planned and actual</source>
            <translation>キューの予定と実際</translation>
        </message>
        <message>
            <source>Check-in and check-out</source>
            <translation>チェックインとチェックアウト</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>{what} at {time}</source>
            <translation>{time} {what}</translation>
        </message>
        <message>
            <source>{title}: planned {length}</source>
            <translation>{title}：予定 {length}</translation>
        </message>
        <message>
            <source>{title}: {start} to {end}, {how}</source>
            <translation>{title}：{start}〜{end}、{how}</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Softened</source>
            <translation>やわらげ</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>待機</translation>
        </message>
        <message>
            <source>{what} {start} to {end}</source>
            <translation>{what} {start}〜{end}</translation>
        </message>
        <message>
            <source>What played</source>
            <translation>実際の再生</translation>
        </message>
        <message>
            <source>pause</source>
            <comment>timeline legend</comment>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>soften</source>
            <comment>timeline legend</comment>
            <translation>やわらげ</translation>
        </message>
        <message>
            <source>restore</source>
            <comment>timeline legend</comment>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>hold</source>
            <comment>timeline legend</comment>
            <translation>待機</translation>
        </message>
        <message>
            <source>stop</source>
            <comment>timeline legend</comment>
            <translation>停止</translation>
        </message>
        <message>
            <source>note</source>
            <comment>timeline legend</comment>
            <translation>メモ</translation>
        </message>
        <message>
            <source>media problem</source>
            <comment>timeline legend</comment>
            <translation>メディアの問題</translation>
        </message>
        <message>
            <source>Phones: softer, a break</source>
            <translation>スマートフォン：やわらげて・休憩</translation>
        </message>
        <message>
            <source>{what} by {time}</source>
            <translation>{time}までに{what}</translation>
        </message>
        <message>
            <source>The session timeline against the plan</source>
            <translation>予定と比べたセッションのタイムライン</translation>
        </message>
        <message>
            <source>The report could not be drawn as a PDF, so {path} was not saved.</source>
            <translation>報告書を PDF にできなかったため、{path} は保存していません。</translation>
        </message>
        <message numerus="yes">
            <source>%n asked for softer</source>
            <translation>
                <numerusform>%n件「やわらげて」</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n asked for a break</source>
            <translation>
                <numerusform>%n件「休憩したい」</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCsv</name>
        <message>
            <source>seq</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>session_s</source>
            <translation>経過秒</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>event</source>
            <translation>出来事</translation>
        </message>
        <message>
            <source>cue</source>
            <translation>キュー</translation>
        </message>
        <message>
            <source>cue_title</source>
            <translation>キュー名</translation>
        </message>
        <message>
            <source>position_s</source>
            <translation>キュー内の秒</translation>
        </message>
        <message>
            <source>detail</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>private</source>
            <translation>非公開</translation>
        </message>
        <message>
            <source>planned_start_s</source>
            <translation>予定開始秒</translation>
        </message>
        <message>
            <source>planned_s</source>
            <translation>予定秒</translation>
        </message>
        <message>
            <source>started_s</source>
            <translation>開始秒</translation>
        </message>
        <message>
            <source>ran_s</source>
            <translation>実際の秒</translation>
        </message>
        <message>
            <source>difference_s</source>
            <translation>差の秒</translation>
        </message>
        <message>
            <source>runs</source>
            <translation>再生回数</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>how</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>A rehearsal of “{plan}”, started {when}, did not finish.</source>
            <translation>{when}に始めた「{plan}」のリハーサルが、終わらないまま止まっています。</translation>
        </message>
        <message>
            <source>A session of “{plan}”, started {when}, did not finish.</source>
            <translation>{when}に始めた「{plan}」のセッションが、終わらないまま止まっています。</translation>
        </message>
        <message>
            <source>cue {number}</source>
            <translation>キュー{number}</translation>
        </message>
        <message>
            <source>{where}, “{title}”</source>
            <translation>{where}「{title}」</translation>
        </message>
        <message>
            <source>{where}, {time} in</source>
            <translation>{where}の{time}の地点</translation>
        </message>
        <message>
            <source>It stopped at {where}.</source>
            <translation>{where}で止まりました。</translation>
        </message>
        <message>
            <source>The plan was deleted since: the session goes on as it ran.</source>
            <translation>その後プランは削除されました。セッションは実施したときのまま続きます。</translation>
        </message>
        <message>
            <source>The plan was changed since: the session goes on as it ran, and the changes apply to the next session.</source>
            <translation>その後プランが変更されました。セッションは実施したときのまま続き、変更は次のセッションから反映されます。</translation>
        </message>
        <message>
            <source>If you pick it up, it waits, paused, until you resume.</source>
            <translation>再開すると、あなたが再開するまで一時停止のまま待ちます。</translation>
        </message>
        <message>
            <source> </source>
            <comment>sentence separator</comment>
            <translation> </translation>
        </message>
        <message>
            <source>Pick up where you were?</source>
            <translation>続きから始めますか？</translation>
        </message>
        <message>
            <source>A session was interrupted</source>
            <translation>セッションが中断されています</translation>
        </message>
        <message>
            <source>Pick it up (paused)</source>
            <translation>続きから始める（一時停止）</translation>
        </message>
        <message>
            <source>It is over: keep it as it is</source>
            <translation>終わったものとして、このまま残す</translation>
        </message>
        <message>
            <source>Marks the session finished; History keeps its record</source>
            <translation>セッションを終了扱いにします。記録は履歴に残ります</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>今はしない</translation>
        </message>
    </context>
    <context>
        <name>RoomCheckPage</name>
        <message>
            <source>Room check</source>
            <translation>会場チェック</translation>
        </message>
        <message>
            <source>Before the room fills: hear the sound where the room will hear it, see the room's screen, and make sure every file of the plan can be read now.</source>
            <translation>人が集まる前に：会場で聞こえるとおりに音を聞き、会場の画面を見て、プランのすべてのファイルが今読めることを確かめます。</translation>
        </message>
        <message>
            <source>Back to Live</source>
            <translation>進行に戻る</translation>
        </message>
        <message>
            <source>Done: keep this check for today</source>
            <translation>完了：今日のチェックとして残す</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>プラン</translation>
        </message>
        <message>
            <source>1. Sound</source>
            <translation>1. 音</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>もう一度探す</translation>
        </message>
        <message>
            <source>Only for this plan</source>
            <translation>このプランだけ</translation>
        </message>
        <message>
            <source>Test tone</source>
            <translation>テスト音</translation>
        </message>
        <message>
            <source>Loudest cue</source>
            <translation>音がいちばん大きいキュー</translation>
        </message>
        <message>
            <source>Quietest cue</source>
            <translation>音がいちばん小さいキュー</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Nothing played yet.</source>
            <translation>まだ何も再生していません。</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>音量</translation>
        </message>
        <message>
            <source>Master level</source>
            <translation>全体の音量</translation>
        </message>
        <message>
            <source>2. Screens</source>
            <translation>2. 画面</translation>
        </message>
        <message>
            <source>Show the card on this screen</source>
            <translation>この画面にカードを映す</translation>
        </message>
        <message>
            <source>Confirm: this is the room's screen</source>
            <translation>確定：これが会場の画面です</translation>
        </message>
        <message>
            <source>The room's screen</source>
            <translation>会場の画面</translation>
        </message>
        <message>
            <source>3. The plan's media</source>
            <translation>3. プランのメディア</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>メディア</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Check the files again</source>
            <translation>ファイルをもう一度確かめる</translation>
        </message>
        <message>
            <source>The system's default output</source>
            <translation>システムの既定の出力</translation>
        </message>
        <message>
            <source>{name} (not connected)</source>
            <translation>{name}（つながっていません）</translation>
        </message>
        <message>
            <source>Sound goes to {name} for this plan; it is remembered on this computer.</source>
            <translation>このプランでは、音は {name} に出ます。このパソコンで覚えておきます。</translation>
        </message>
        <message>
            <source>Sound goes to {name}; it is remembered on this computer.</source>
            <translation>音は {name} に出ます。このパソコンで覚えておきます。</translation>
        </message>
        <message>
            <source>Sound goes to the system's default output: choose the one the room hears.</source>
            <translation>音はシステムの既定の出力に出ます。会場で聞こえる出力を選んでください。</translation>
        </message>
        <message>
            <source>Playing: {what}</source>
            <translation>再生中：{what}</translation>
        </message>
        <message>
            <source>{what}: nothing was decoded.</source>
            <translation>{what}：音を読み取れませんでした。</translation>
        </message>
        <message>
            <source>{what}: peak {peak} dBFS, measured from the decoded sound.</source>
            <translation>{what}：ピーク {peak} dBFS（読み取った音から測定）。</translation>
        </message>
        <message>
            <source>{db} dB</source>
            <translation>{db} dB</translation>
        </message>
        <message>
            <source> (this computer's main screen)</source>
            <translation>（このパソコンのメイン画面）</translation>
        </message>
        <message>
            <source>No screen found.</source>
            <translation>画面が見つかりません。</translation>
        </message>
        <message>
            <source>Only one screen: connect the projector (as a second screen, not a mirror), then look again.</source>
            <translation>画面が1つしかありません。プロジェクターを（ミラーではなく2つ目の画面として）つないでから、もう一度探してください。</translation>
        </message>
        <message>
            <source>This is the room's screen</source>
            <translation>これが会場の画面です</translation>
        </message>
        <message>
            <source>The card stays on {screen} until you confirm.</source>
            <translation>確定するまで、カードは {screen} に映ったままです。</translation>
        </message>
        <message>
            <source>{screen} is the room's screen.</source>
            <translation>{screen} が会場の画面です。</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>使用可</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>読めません</translation>
        </message>
        <message>
            <source>Choose a plan to check its files.</source>
            <translation>プランを選ぶと、そのファイルを確かめます。</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) cannot be read now: what to do is under the list.</source>
            <translation>
                <numerusform>%n件のファイルが今は読めません。どうすればよいかは一覧の下にあります。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n file(s) of the plan can be read now.</source>
            <translation>
                <numerusform>プランのファイル%n件は、すべて今読めます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept for today's sessions: it is written into each session's record.</source>
            <translation>今日のセッションのために残しました。各セッションの記録に書き込まれます。</translation>
        </message>
    </context>
    <context>
        <name>RoomLevelBar</name>
        <message>
            <source>Room level</source>
            <translation>会場の音量</translation>
        </message>
        <message>
            <source>{db} dB</source>
            <translation>{db} dB</translation>
        </message>
    </context>
    <context>
        <name>RoomPage</name>
        <message>
            <source>Too many wrong codes from here; please ask the facilitator.</source>
            <translation>ここから違うコードが何度も入力されました。進行役にお声がけください。</translation>
        </message>
        <message>
            <source>That is not the room's code.</source>
            <translation>会場のコードではありません。</translation>
        </message>
        <message>
            <source>The room is full for phones; thank you for trying.</source>
            <translation>スマートフォンで参加できる人数がいっぱいです。ありがとうございました。</translation>
        </message>
        <message>
            <source>A score is from 0 to 10.</source>
            <translation>点数は 0 から 10 までです。</translation>
        </message>
        <message>
            <source>That question is not open just now.</source>
            <translation>その質問は、いまは受け付けていません。</translation>
        </message>
        <message>
            <source>Your answer is already in. Thank you.</source>
            <translation>お答えはもう届いています。ありがとうございました。</translation>
        </message>
        <message>
            <source>The session has ended.</source>
            <translation>セッションは終わりました。</translation>
        </message>
        <message>
            <source>Heard. You can send another in a little while.</source>
            <translation>受け取りました。少し時間をおいてから、また送れます。</translation>
        </message>
        <message>
            <source>Please join the room first.</source>
            <translation>先に会場に参加してください。</translation>
        </message>
        <message>
            <source>A participant's phone cannot do that.</source>
            <translation>参加者のスマートフォンからはできません。</translation>
        </message>
        <message>
            <source>The room</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Join the room</source>
            <translation>会場に参加する</translation>
        </message>
        <message>
            <source>The room's code, on the screen</source>
            <translation>会場のコード（画面に出ています）</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>参加する</translation>
        </message>
        <message>
            <source>What is kept: anonymous counts only. No name, no account; nobody can tell which answer was yours.</source>
            <translation>残るのは匿名の集計だけです。名前もアカウントもいりません。どの回答があなたのものかは、だれにもわかりません。</translation>
        </message>
        <message>
            <source>That did not work; please try again.</source>
            <translation>うまくいきませんでした。もう一度お試しください。</translation>
        </message>
        <message>
            <source>The room cannot be reached just now.</source>
            <translation>いまは会場につながりません。</translation>
        </message>
        <message>
            <source>In the room</source>
            <translation>参加中</translation>
        </message>
        <message>
            <source>Out of reach. Trying again…</source>
            <translation>つながりません。もう一度つないでいます…</translation>
        </message>
        <message>
            <source>The session has ended. Thank you for being here. Your care card stays.</source>
            <translation>セッションは終わりました。ご一緒くださり、ありがとうございました。ケアのカードはこのまま見られます。</translation>
        </message>
        <message>
            <source>Before we begin: how much distress do you feel right now?</source>
            <translation>はじめる前に：いまのつらさはどのくらいですか？</translation>
        </message>
        <message>
            <source>Before you go: how much distress do you feel right now?</source>
            <translation>お帰りの前に：いまのつらさはどのくらいですか？</translation>
        </message>
        <message>
            <source>0 calm · 10 the most you can imagine</source>
            <translation>0＝落ち着いている · 10＝考えられるいちばん強いつらさ</translation>
        </message>
        <message>
            <source>{n} out of 10</source>
            <translation>10点中{n}点</translation>
        </message>
        <message>
            <source>I'd rather not say</source>
            <translation>答えない</translation>
        </message>
        <message>
            <source>Thank you. Your answer is in.</source>
            <translation>ありがとうございます。回答が届きました。</translation>
        </message>
        <message>
            <source>During the session, tell the facilitator quietly</source>
            <translation>セッション中、進行役にそっと伝える</translation>
        </message>
        <message>
            <source>Softer, please</source>
            <translation>もう少しやわらげて</translation>
        </message>
        <message>
            <source>I need a short break</source>
            <translation>少し休みたい</translation>
        </message>
        <message>
            <source>I'm OK</source>
            <translation>だいじょうぶです</translation>
        </message>
        <message>
            <source>Heard</source>
            <translation>受け取りました</translation>
        </message>
        <message>
            <source>You can send another in {s} s.</source>
            <translation>あと{s}秒で、もう一度送れます。</translation>
        </message>
        <message>
            <source>Your care card</source>
            <translation>あなたのケアのカード</translation>
        </message>
        <message>
            <source>Care card</source>
            <translation>ケアのカード</translation>
        </message>
        <message>
            <source>In the next hours</source>
            <translation>これからの数時間</translation>
        </message>
        <message>
            <source>After tears many people feel heavier for a while, then lighter within an hour or two. Tiredness, a headache or a wave of memories can come too; they pass.</source>
            <translation>泣いたあとは、しばらく気持ちが重くなり、1〜2時間ほどで軽くなる人が多いです。疲れや頭痛、思い出がよみがえることもありますが、やがて落ち着きます。</translation>
        </message>
        <message>
            <source>Looking after yourself</source>
            <translation>自分をいたわるために</translation>
        </message>
        <message>
            <source>Drink some water, eat something, and go gently for the rest of the day. Talk to someone you trust, or write down what stayed with you.</source>
            <translation>水を飲み、何か食べて、今日はゆっくり過ごしてください。信頼できる人に話したり、心に残ったことを書きとめたりするのもよいでしょう。</translation>
        </message>
        <message>
            <source>Where to find help</source>
            <translation>相談できるところ</translation>
        </message>
        <message>
            <source>Save this card</source>
            <translation>このカードを保存する</translation>
        </message>
        <message>
            <source>Kept on this phone: it opens without the network.</source>
            <translation>このスマートフォンに保存しました。ネットにつながっていなくても開けます。</translation>
        </message>
    </context>
    <context>
        <name>SessionEndDialog</name>
        <message>
            <source>After the session</source>
            <translation>セッションのあとで</translation>
        </message>
        <message>
            <source>The session has ended</source>
            <translation>セッションが終わりました</translation>
        </message>
        <message>
            <source>Anything to remember for next time (optional)</source>
            <translation>次回のために残しておきたいこと（任意）</translation>
        </message>
        <message>
            <source>Shareable: include this note in reports</source>
            <translation>共有可：このメモを報告書に含める</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>チェックアウト</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Skip</source>
            <comment>skip the check-out</comment>
            <translation>記録しない</translation>
        </message>
        <message>
            <source>Save the check-out?</source>
            <translation>チェックアウトを保存しますか？</translation>
        </message>
        <message>
            <source>You entered a check-out or a note. Save it with the session, leave it out, or go back to the form?</source>
            <translation>チェックアウトかメモが入力されています。セッションに保存しますか、保存せずに閉じますか、それとも入力に戻りますか？</translation>
        </message>
        <message>
            <source>Leave it out</source>
            <translation>保存しない</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>入力に戻る</translation>
        </message>
    </context>
    <context>
        <name>SessionStartDialog</name>
        <message>
            <source>Before you begin</source>
            <translation>始める前に</translation>
        </message>
        <message>
            <source>Rehearsing {plan}</source>
            <translation>「{plan}」のリハーサル</translation>
        </message>
        <message>
            <source>Starting {plan}</source>
            <translation>「{plan}」を始めます</translation>
        </message>
        <message>
            <source>Room check…</source>
            <translation>会場チェック…</translation>
        </message>
        <message>
            <source>Choose the sound output and hear it first</source>
            <translation>音の出力を選び、先に聞いて確かめます</translation>
        </message>
        <message>
            <source>Group size</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>チェックイン</translation>
        </message>
        <message>
            <source>Participants' phones for this session (anonymous counts only)</source>
            <translation>このセッションで参加者のスマートフォンを使う（名前のない件数だけを残します）</translation>
        </message>
        <message>
            <source>A QR code and a room code on the welcome and closing cards: each person may give a check-in and a check-out score and ask for softer or a short break, without a name. The session keeps the counts only.</source>
            <translation>はじまりのカードと締めくくりのカードにQRコードと会場のコードが出ます。一人ひとりが名前なしで、チェックインとチェックアウトの点数を伝え、「やわらげて」「少し休憩したい」を知らせられます。セッションに残るのは件数だけです。</translation>
        </message>
        <message>
            <source>Start rehearsal</source>
            <translation>リハーサルを始める</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>セッションを始める</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>まだ始めない</translation>
        </message>
    </context>
    <context>
        <name>SharedScreenNotice</name>
        <message>
            <source>One screen, or mirrored: the room would see the console.</source>
            <translation>画面が1つ（またはミラー表示）：会場に進行画面が映ります。</translation>
        </message>
        <message>
            <source>The room's window, when up, covers the console on this screen. Extend the desktop (not mirror it) to give the room a screen of its own.</source>
            <translation>会場の画面を出すと、この画面では進行画面が隠れます。ミラーではなく拡張表示にすると、会場に専用の画面を使えます。</translation>
        </message>
        <message>
            <source>Extend the desktop…</source>
            <translation>拡張表示にする…</translation>
        </message>
        <message>
            <source>Open the system's display settings</source>
            <translation>システムのディスプレイ設定を開く</translation>
        </message>
        <message>
            <source>Extend the desktop in the system's display settings.</source>
            <translation>システムのディスプレイ設定で、拡張表示に切り替えてください。</translation>
        </message>
    </context>
    <context>
        <name>StateBanner</name>
        <message>
            <source>GO: nothing left, finish the session</source>
            <translation>GO：残りはありません。セッションを終えてください</translation>
        </message>
        <message>
            <source>GO starts {number} {title}</source>
            <translation>GO で {number}「{title}」を始めます</translation>
        </message>
        <message>
            <source>SESSION OVER</source>
            <translation>セッション終了</translation>
        </message>
        <message>
            <source>■ SAFE-STOPPED · {next}</source>
            <translation>■ 安全停止 · {next}</translation>
        </message>
        <message>
            <source>■ SAFE-STOPPED · GO: {number}</source>
            <translation>■ 安全停止 · GO：{number}</translation>
        </message>
        <message>
            <source>GO continues {number} {title} from {time} · {key}: next cue</source>
            <translation>GO で {number}「{title}」を {time} から続けます · {key}：次のキューへ</translation>
        </message>
        <message>
            <source>❚❚ PAUSED · GO or {key} resumes</source>
            <translation>❚❚ 一時停止中 · GO か {key} で再開</translation>
        </message>
        <message>
            <source>❚❚ PAUSED</source>
            <translation>❚❚ 一時停止中</translation>
        </message>
        <message>
            <source>‖ HOLDING · the next step waits · {key} releases</source>
            <translation>‖ 待機中 · 次へは進みません · {key} で解除</translation>
        </message>
        <message>
            <source>‖ HOLDING</source>
            <translation>‖ 待機中</translation>
        </message>
        <message>
            <source>▼ SOFT LANDING · {key} restores</source>
            <translation>▼ クールダウン中 · {key} で元に戻す</translation>
        </message>
        <message>
            <source>▼ SOFT LANDING</source>
            <translation>▼ クールダウン中</translation>
        </message>
        <message>
            <source>▼ SOFTENED {level} · {db:g} dB, picture {percent} % · {key} restores</source>
            <translation>▼ やわらげ {level} · {db:g} dB、映像 {percent} % · {key} で元に戻す</translation>
        </message>
        <message>
            <source>▼ SOFTENED {level}</source>
            <translation>▼ やわらげ {level}</translation>
        </message>
        <message>
            <source>REHEARSAL · the room's screen is left alone</source>
            <translation>リハーサル · 会場の画面はそのままです</translation>
        </message>
        <message>
            <source>REHEARSAL</source>
            <translation>リハーサル</translation>
        </message>
        <message>
            <source>◉ ROOM'S SCREEN SHOWING</source>
            <translation>◉ 会場の画面に表示中</translation>
        </message>
        <message>
            <source>◉ ROOM SHOWING</source>
            <translation>◉ 会場に表示中</translation>
        </message>
        <message>
            <source>○ room's screen hidden</source>
            <translation>○ 会場の画面は非表示</translation>
        </message>
        <message>
            <source>○ room hidden</source>
            <translation>○ 会場は非表示</translation>
        </message>
    </context>
    <context>
        <name>StimulusList</name>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Content notes: {notes}</source>
            <translation>注意書き：{notes}</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>{name}, taken {time}</source>
            <translation>{name}（{time} 作成）</translation>
        </message>
        <message>
            <source>There is no backup at {path}; `tearconsole restore --list` shows them.</source>
            <translation>{path} にバックアップはありません。`tearconsole restore --list` で一覧を見られます。</translation>
        </message>
        <message>
            <source>The backup {path} is damaged too; choose another one.</source>
            <translation>バックアップ {path} も壊れています。別のものを選んでください。</translation>
        </message>
        <message>
            <source>The backup {path} was written by a newer tearconsole, so this one cannot use it; choose another one.</source>
            <translation>バックアップ {path} は新しい版の tearconsole で書かれたため、この版では使えません。別のものを選んでください。</translation>
        </message>
        <message>
            <source>There is no sound backup in {folder}; move the damaged database aside to start afresh.</source>
            <translation>{folder} に健全なバックアップがありません。壊れたデータベースを別の場所に移すと、新しく始められます。</translation>
        </message>
        <message>
            <source>The database {path} could not be copied ({reason}).</source>
            <translation>データベース {path} をコピーできませんでした（{reason}）。</translation>
        </message>
        <message>
            <source>The database {path} is locked by another program; close it and try again.</source>
            <translation>データベース {path} は別のプログラムが使用中です。そのプログラムを閉じてから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>tearconsole may not write to {path}; check that the folder is yours and not read-only.</source>
            <translation>tearconsole は {path} に書き込めません。フォルダーがあなたのもので、読み取り専用でないことを確かめてください。</translation>
        </message>
        <message>
            <source>The database {path} could not be used ({reason}).</source>
            <translation>データベース {path} を使えませんでした（{reason}）。</translation>
        </message>
        <message>
            <source>The database {path} is damaged, so tearconsole only reads it; there is no backup to restore, so move the file aside to start afresh.</source>
            <translation>データベース {path} が壊れているため、tearconsole は読み取りだけをします。戻せるバックアップがないので、ファイルを別の場所に移すと新しく始められます。</translation>
        </message>
        <message>
            <source>The database {path} is damaged, so tearconsole only reads it until you run `tearconsole restore`, which brings back the newest backup ({backup}).</source>
            <translation>データベース {path} が壊れているため、`tearconsole restore` を実行するまで tearconsole は読み取りだけをします。このコマンドでいちばん新しいバックアップ（{backup}）に戻せます。</translation>
        </message>
        <message>
            <source>The database is being updated by the tearconsole that is open; try again in a moment.</source>
            <translation>開いている tearconsole がデータベースを更新しています。少し待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>There is no session {ref}; `tearconsole sessions list` shows them by id.</source>
            <translation>セッション {ref} はありません。`tearconsole sessions list` で id ごとの一覧を見られます。</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>メモには文章が必要です。</translation>
        </message>
        <message>
            <source>This session is still running; enter its check-out when it ends.</source>
            <translation>このセッションはまだ進行中です。チェックアウトは終わってから入力してください。</translation>
        </message>
        <message>
            <source>The command `{command}` (process {pid}) is using this data folder; wait for it to finish, or use another --data-dir.</source>
            <translation>コマンド `{command}`（プロセス {pid}）がこのデータフォルダーを使っています。終わるまで待つか、別の --data-dir を使ってください。</translation>
        </message>
        <message>
            <source>tearconsole is already open on this data folder (process {pid}); close that window first, or use another --data-dir.</source>
            <translation>tearconsole はすでにこのデータフォルダーで開いています（プロセス {pid}）。先にそのウィンドウを閉じるか、別の --data-dir を使ってください。</translation>
        </message>
        <message>
            <source>tearconsole is already open on this data folder (process unknown); close that window first, or use another --data-dir.</source>
            <translation>tearconsole はすでにこのデータフォルダーで開いています（プロセスは不明）。先にそのウィンドウを閉じるか、別の --data-dir を使ってください。</translation>
        </message>
        <message>
            <source>This data was written by a newer tearconsole (schema {schema}); update tearconsole to open it.</source>
            <translation>このデータは新しい tearconsole で書かれています（スキーマ {schema}）。開くには tearconsole を更新してください。</translation>
        </message>
        <message>
            <source>There is no plan called {name}; `tearconsole plan list` shows them.</source>
            <translation>{name} という名前のプランはありません。`tearconsole plan list` で一覧を見られます。</translation>
        </message>
        <message>
            <source>There is already a plan called {name}; choose another name.</source>
            <translation>{name} という名前のプランはすでにあります。別の名前を選んでください。</translation>
        </message>
        <message>
            <source>There is no stimulus with id {id}; `tearconsole library list` shows them.</source>
            <translation>id {id} の素材はありません。`tearconsole library list` で一覧を見られます。</translation>
        </message>
        <message>
            <source>A restore of the database is under way; try again in a moment.</source>
            <translation>データベースを復元しているところです。少し待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The database {path} is missing but its write-ahead file {wal} is still there; tearconsole changed nothing. Put the database file back, or run `tearconsole restore` to bring back the newest backup (it keeps that file aside).</source>
            <translation>データベース {path} が見つかりませんが、先行書き込みファイル {wal} は残っています。tearconsole は何も変えていません。データベースのファイルを元に戻すか、`tearconsole restore` で最新のバックアップを戻してください（そのファイルは別に保管されます）。</translation>
        </message>
        <message>
            <source>The database {path} is missing, though {folder} holds backups of it; run `tearconsole restore` to bring back the newest ({backup}), or move that folder aside to start afresh.</source>
            <translation>データベース {path} が見つかりませんが、{folder} にそのバックアップがあります。`tearconsole restore` で最新のもの（{backup}）を戻すか、そのフォルダーを別の場所に移して新しく始めてください。</translation>
        </message>
        <message>
            <source>The database's write-ahead file {wal} is damaged: only {kept} of the {total} changes saved in it can be read, and opening it would drop the rest for good, so tearconsole left it and the database untouched.</source>
            <translation>データベースの先行書き込みファイル {wal} が壊れています。そこに保存された {total} 件の変更のうち読めるのは {kept} 件だけで、開くと残りは失われるため、tearconsole はそのファイルとデータベースに手を付けていません。</translation>
        </message>
        <message>
            <source>The database's write-ahead file {wal} is damaged at its start, so none of the changes saved in it can be read; tearconsole left it and the database untouched.</source>
            <translation>データベースの先行書き込みファイル {wal} は先頭が壊れていて、そこに保存された変更はどれも読めません。tearconsole はそのファイルとデータベースに手を付けていません。</translation>
        </message>
        <message>
            <source>There is no backup; to keep what can be read, copy both files elsewhere, then move the write-ahead file aside.</source>
            <translation>バックアップはありません。読める分を残すには、両方のファイルを別の場所にコピーしてから、先行書き込みファイルを別の場所に移してください。</translation>
        </message>
        <message>
            <source>`tearconsole restore` brings back the newest backup ({backup}) and keeps both files aside.</source>
            <translation>`tearconsole restore` で最新のバックアップ（{backup}）を戻せます。両方のファイルは別に保管されます。</translation>
        </message>
        <message>
            <source>{said} {way}</source>
            <translation>{said}{way}</translation>
        </message>
        <message>
            <source>The folder {path} is read-only, so tearconsole cannot save there; tearconsole changes no permissions itself: make it writable with {command}, or use another --data-dir.</source>
            <translation>フォルダー {path} は読み取り専用のため、tearconsole はそこに保存できません。tearconsole は権限を自分では変えません。{command} で書き込めるようにするか、別の --data-dir を使ってください。</translation>
        </message>
        <message>
            <source>The file {path} is read-only, so tearconsole cannot save to it; tearconsole changes no permissions itself: make it writable with {command}.</source>
            <translation>ファイル {path} は読み取り専用のため、tearconsole は保存できません。tearconsole は権限を自分では変えません。{command} で書き込めるようにしてください。</translation>
        </message>
        <message>
            <source>A restore was interrupted, and its journal {path} cannot be read; the database was left as it is. Move that file aside and run `tearconsole restore` again.</source>
            <translation>復元が途中で止まり、その記録 {path} を読めません。データベースはそのままにしてあります。そのファイルを別の場所に移してから、もう一度 `tearconsole restore` を実行してください。</translation>
        </message>
    </context>
    <context>
        <name>SudsInput</name>
        <message>
            <source>Not taken</source>
            <translation>実施しない</translation>
        </message>
        <message>
            <source>People per score</source>
            <translation>点数ごとの人数</translation>
        </message>
        <message>
            <source>One figure for the group</source>
            <translation>グループで1つの値</translation>
        </message>
        <message>
            <source>How the reading was taken</source>
            <translation>実施のしかた</translation>
        </message>
        <message>
            <source>People who answered {score}</source>
            <translation>{score}と答えた人数</translation>
        </message>
        <message>
            <source>The group's figure, 0 to 10</source>
            <translation>グループの値（0〜10）</translation>
        </message>
        <message>
            <source>on the 0-10 scale, e.g. from a show of hands</source>
            <translation>0〜10の尺度で（例：挙手で）</translation>
        </message>
        <message>
            <source>0 = calm, 10 = the most distress imaginable. Anonymous: no names.</source>
            <translation>0＝落ち着いている、10＝想像しうる最も強いつらさ。匿名で、名前は記録しません。</translation>
        </message>
        <message>
            <source>{answers}, average {mean}</source>
            <translation>{answers}、平均 {mean}</translation>
        </message>
        <message>
            <source>{answers}: more answers than the {size} people in the group</source>
            <translation>{answers}：参加人数（{size}人）より回答が多くなっています</translation>
        </message>
        <message>
            <source>From the participants' phones: {reading}. They are added to what you count here.</source>
            <translation>参加者のスマートフォンから：{reading}。ここで数えた分に足されます。</translation>
        </message>
        <message>
            <source>Someone is still at 8 or more. Before people leave: a quiet word with the group, the care information from the closing card, and stay in the room a while.</source>
            <translation>まだ8点以上の方がいます。皆さんが帰る前に、グループに静かにひとこと声をかけ、締めくくりのカードのケアの情報を伝え、しばらく会場に残ってください。</translation>
        </message>
        <message>
            <source>Someone is at 8 or more already. Consider a word with the group first, a lighter plan tonight (soften early, skip the strongest piece), and have the care information at hand.</source>
            <translation>すでに8点以上の方がいます。まずグループにひとこと声をかけ、今夜は軽めの流れ（早めにやわらげる、いちばん強い素材を飛ばす）も考え、ケアの情報を手もとに用意してください。</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>回答%n件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Teleprompter</name>
        <message>
            <source>Reading: {title}</source>
            <translation>朗読中：{title}</translation>
        </message>
        <message>
            <source>Teleprompter</source>
            <translation>プロンプター</translation>
        </message>
        <message>
            <source>Stories appear here, to read aloud, when their cue runs.</source>
            <translation>キューが始まると、朗読する物語がここに表示されます。</translation>
        </message>
        <message>
            <source>reading pace {pace}×  (− slower, + faster)</source>
            <translation>朗読ペース {pace}×（− 遅く、+ 速く）</translation>
        </message>
        <message>
            <source>about {rate} characters a minute</source>
            <translation>1分あたり約{rate}文字</translation>
        </message>
        <message>
            <source>slower while softened</source>
            <translation>やわらげている間は遅めです</translation>
        </message>
        <message>
            <source>waiting</source>
            <comment>the story waits for its cue</comment>
            <translation>待機中</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>A title cannot be empty.</source>
            <translation>タイトルは空にできません。</translation>
        </message>
        <message>
            <source>A title can be at most {limit} characters.</source>
            <translation>タイトルは {limit} 文字までです。</translation>
        </message>
        <message>
            <source>A title cannot hold line breaks, tabs or other control characters.</source>
            <translation>タイトルには、改行やタブなどの制御文字を使えません。</translation>
        </message>
        <message>
            <source>The intensity is 1 (gentle) to 5 (very strong).</source>
            <translation>強さは 1（おだやか）から 5（とても強い）までです。</translation>
        </message>
        <message>
            <source>Choose the language from tearconsole's list, or leave it unset.</source>
            <translation>言語は tearconsole の一覧から選ぶか、未設定のままにしてください。</translation>
        </message>
        <message>
            <source>A length cannot be negative.</source>
            <translation>長さはマイナスにできません。</translation>
        </message>
        <message>
            <source>A content note can be at most {limit} characters.</source>
            <translation>内容の注意書きは、ひとつ {limit} 文字までです。</translation>
        </message>
        <message>
            <source>A tag can be at most {limit} characters.</source>
            <translation>タグは、ひとつ {limit} 文字までです。</translation>
        </message>
        <message>
            <source>An item can have at most {limit} of these.</source>
            <translation>ひとつの素材に付けられるのは {limit} 個までです。</translation>
        </message>
        <message>
            <source>The credit can be at most {limit} characters.</source>
            <translation>クレジットは {limit} 文字までです。</translation>
        </message>
        <message>
            <source>The licence can be at most {limit} characters.</source>
            <translation>ライセンスは {limit} 文字までです。</translation>
        </message>
        <message>
            <source>The text can be at most {limit} characters.</source>
            <translation>本文は {limit} 文字までです。</translation>
        </message>
        <message>
            <source>Private notes can be at most {limit} characters.</source>
            <translation>非公開メモは {limit} 文字までです。</translation>
        </message>
        <message>
            <source>The in point must be 0 s or later.</source>
            <translation>開始位置は 0 秒以降にしてください。</translation>
        </message>
        <message>
            <source>The out point must come after the in point.</source>
            <translation>終了位置は開始位置より後にしてください。</translation>
        </message>
        <message>
            <source>A fade-in cannot be negative.</source>
            <translation>フェードインはマイナスにできません。</translation>
        </message>
        <message>
            <source>A fade-out cannot be negative.</source>
            <translation>フェードアウトはマイナスにできません。</translation>
        </message>
        <message>
            <source>A wait cannot be negative.</source>
            <translation>待ち時間はマイナスにできません。</translation>
        </message>
        <message>
            <source>The level is -96 dB to +24 dB.</source>
            <translation>音量は -96 dB から +24 dB までです。</translation>
        </message>
        <message>
            <source>A length must be more than 0 s.</source>
            <translation>長さは 0 秒より長くしてください。</translation>
        </message>
        <message>
            <source>A cue's text can be at most {limit} characters.</source>
            <translation>キューの本文は {limit} 文字までです。</translation>
        </message>
        <message>
            <source>A cue's notes can be at most {limit} characters.</source>
            <translation>キューのメモは {limit} 文字までです。</translation>
        </message>
        <message>
            <source>A plan needs a name.</source>
            <translation>プランには名前が必要です。</translation>
        </message>
        <message>
            <source>A plan's name can be at most {limit} characters.</source>
            <translation>プランの名前は {limit} 文字までです。</translation>
        </message>
        <message>
            <source>A plan's name cannot hold line breaks, tabs or other control characters.</source>
            <translation>プランの名前には、改行やタブなどの制御文字を使えません。</translation>
        </message>
        <message>
            <source>The theme can be at most {limit} characters.</source>
            <translation>テーマは {limit} 文字までです。</translation>
        </message>
        <message>
            <source>The target length must be more than 0 s.</source>
            <translation>目標の長さは 0 秒より長くしてください。</translation>
        </message>
        <message>
            <source>The soft landing must be one of its cues.</source>
            <translation>クールダウンは、プランのキューのどれかにしてください。</translation>
        </message>
        <message>
            <source>A plan's notes can be at most {limit} characters.</source>
            <translation>プランのメモは {limit} 文字までです。</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>Film</source>
            <translation>映像</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>音楽</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>物語</translation>
        </message>
        <message>
            <source>Card</source>
            <comment>a slide the room sees</comment>
            <translation>カード</translation>
        </message>
        <message>
            <source>Item</source>
            <comment>a library item placed in a plan</comment>
            <translation>素材</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>静かな間</translation>
        </message>
        <message>
            <source>Bed start</source>
            <comment>background music starts</comment>
            <translation>BGM開始</translation>
        </message>
        <message>
            <source>Bed stop</source>
            <comment>background music stops</comment>
            <translation>BGM停止</translation>
        </message>
        <message>
            <source>Bed</source>
            <comment>background music under later cues</comment>
            <translation>BGM</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>Ready</source>
            <comment>a media file's status</comment>
            <translation>使用可</translation>
        </message>
        <message>
            <source>Can't play</source>
            <translation>再生できません</translation>
        </message>
        <message>
            <source>played</source>
            <translation>再生済み</translation>
        </message>
        <message>
            <source>failed</source>
            <comment>a cue that could not play</comment>
            <translation>再生できず</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>飛ばした</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>未到達</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Interrupted (can be resumed)</source>
            <translation>中断（再開できます）</translation>
        </message>
    </context>
</TS>
