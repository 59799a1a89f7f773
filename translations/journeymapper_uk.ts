<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AnnotationForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="119"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="120"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="121"/>
        <source>&amp;Severity (1–5):</source>
        <translation>&amp;Важливість (1–5):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="122"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="123"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="124"/>
        <source>&amp;Votes:</source>
        <translation>&amp;Голоси:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="125"/>
        <source>Change annotation kind</source>
        <translation>зміну типу нотатки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="127"/>
        <source>Change severity</source>
        <translation>зміну важливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="128"/>
        <source>Change owner</source>
        <translation>зміну відповідального</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="129"/>
        <source>Change evidence</source>
        <translation>зміну підстави</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="130"/>
        <source>Change votes</source>
        <translation>зміну голосів</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="146"/>
        <source>← Back to “%1”</source>
        <translation>← Назад до «%1»</translation>
    </message>
</context>
<context>
    <name>AnnotationsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="33"/>
        <source>Pain points and opportunities</source>
        <translation>Больові точки й можливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="42"/>
        <source>Add &amp;pain point</source>
        <translation>Додати &amp;больову точку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="43"/>
        <source>Add &amp;opportunity</source>
        <translation>Додати &amp;можливість</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="48"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="49"/>
        <source>De&amp;lete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="66"/>
        <source>%1 · severity %2: %3</source>
        <translation>%1 · важливість %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/annotations.py" line="100"/>
        <source>Delete annotation</source>
        <translation>видалення нотатки</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../journeymapper/ui/autosave.py" line="62"/>
        <source>Autosave failed: %1</source>
        <translation>Не вдалося автозбереження: %1</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="194"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/fields.py" line="198"/>
        <source>Choose a colour</source>
        <translation>Виберіть колір</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="78"/>
        <source>Something went wrong inside JourneyMapper: %1

Your map is still open and can be saved.</source>
        <translation>У JourneyMapper сталася помилка: %1

Карта досі відкрита, її можна зберегти.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="84"/>
        <source>The details are in %1</source>
        <translation>Подробиці — у файлі %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/crash.py" line="87"/>
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../journeymapper/ui/document.py" line="78"/>
        <source>unsaved</source>
        <translation>не збережена</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../journeymapper/ui/edit_actions.py" line="86"/>
        <source>Add lane</source>
        <translation>додавання доріжки</translation>
    </message>
</context>
<context>
    <name>EmotionsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="22"/>
        <source>Emotions</source>
        <translation>Емоції</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="54"/>
        <source>Add a persona to record emotions.</source>
        <translation>Додайте персону, щоб позначати емоції.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="56"/>
        <source>As is</source>
        <translation>Як є</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="57"/>
        <source>To be</source>
        <translation>Як має бути</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="69"/>
        <source>From %1 to %2; the dash means no value</source>
        <translation>Від %1 до %2; прочерк — немає значення</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="56"/>
        <source>Export Map</source>
        <translation>Експорт карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="73"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="74"/>
        <source>PNG image (the map inside)</source>
        <translation>Зображення PNG (з картою всередині)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="75"/>
        <source>SVG drawing</source>
        <translation>Малюнок SVG</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="76"/>
        <source>Interactive web page</source>
        <translation>Інтерактивна вебсторінка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="77"/>
        <source>PowerPoint deck</source>
        <translation>Презентація PowerPoint</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="78"/>
        <source>CSV table</source>
        <translation>Таблиця CSV</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="79"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="80"/>
        <source>Mermaid journey</source>
        <translation>Mermaid journey</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="90"/>
        <source>Slides (16:9 deck)</source>
        <translation>Слайди (16:9)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="90"/>
        <source>Poster (one page)</source>
        <translation>Плакат (одна сторінка)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="94"/>
        <source>Automatic (text at least 6 pt)</source>
        <translation>Автоматично (текст не менший за 6 пт)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="96"/>
        <source>One sheet</source>
        <translation>Один аркуш</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="97"/>
        <source>Tiled on %1 sheets</source>
        <translation>Частинами на аркушах %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="99"/>
        <source>A slide per lowest &amp;moment (story)</source>
        <translation>Слайд на кожен найнижчий &amp;момент (історія)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="101"/>
        <source>Whole map</source>
        <translation>Уся карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="103"/>
        <source>All personas</source>
        <translation>Усі персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="107"/>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="108"/>
        <source>Print (grey-scale friendly)</source>
        <translation>Друк (придатна для ч/б)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="109"/>
        <source>Projector (high contrast)</source>
        <translation>Проєктор (висока контрастність)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="113"/>
        <source>Journey (a row per touchpoint)</source>
        <translation>Шлях (рядок на кожну точку дотику)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="114"/>
        <source>Pains and opportunities, worst first</source>
        <translation>Больові точки й можливості, найважливіші зверху</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="120"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="127"/>
        <source>&amp;Transparent background</source>
        <translation>&amp;Прозоре тло</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Include the &amp;map so the PNG reopens as a map</source>
        <translation>Додати &amp;карту, щоб PNG відкривався як карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="132"/>
        <source>With a saved view or persona, only what the picture shows is included.</source>
        <translation>Якщо вибрано збережене подання або персону, додається лише те, що видно на зображенні.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="137"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="145"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="147"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Вигляд:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="148"/>
        <source>&amp;Page:</source>
        <translation>&amp;Сторінка:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="149"/>
        <source>Pri&amp;nting:</source>
        <translation>Д&amp;рук:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="151"/>
        <source>Saved &amp;view:</source>
        <translation>&amp;Подання:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="152"/>
        <source>P&amp;ersona:</source>
        <translation>П&amp;ерсона:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="153"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="154"/>
        <source>T&amp;able:</source>
        <translation>Т&amp;аблиця:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="155"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Роздільність:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="156"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="159"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="163"/>
        <location filename="../journeymapper/ui/export_dialog.py" line="353"/>
        <source>Rendering preview…</source>
        <translation>Готуємо попередній перегляд…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="184"/>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="258"/>
        <source>Export To</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="282"/>
        <source>Replace file</source>
        <translation>Замінити файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="283"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>Файл «%1» уже існує. Замінити його?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="299"/>
        <source>Vector pages with selectable text; slides make a deck.</source>
        <translation>Векторні сторінки з виділюваним текстом; слайди складаються в презентацію.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="300"/>
        <source>A picture of the map; JourneyMapper can reopen the map from it.</source>
        <translation>Зображення карти; JourneyMapper може знову відкрити з нього карту.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="301"/>
        <source>A drawing with real, searchable text.</source>
        <translation>Малюнок зі справжнім текстом, за яким працює пошук.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="302"/>
        <source>One file that opens offline in any browser: zoom, search, persona toggles and every card&apos;s details.</source>
        <translation>Один файл, що відкривається без інтернету в будь-якому браузері: масштаб, пошук, перемикання персон і всі подробиці кожної картки.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="306"/>
        <source>Editable slides: grouped shapes, an emotion chart, speaker notes with details.</source>
        <translation>Редаговані слайди: згруповані фігури, діаграма емоцій, нотатки доповідача з подробицями.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="309"/>
        <source>One row per touchpoint, or the pains table; drawing options do not apply.</source>
        <translation>Рядок на кожну точку дотику або таблиця больових точок; параметри малюнка не застосовуються.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="312"/>
        <source>Journey, pains (worst first) and metrics sheets; drawing options do not apply.</source>
        <translation>Аркуші шляху, больових точок (найважливіші зверху) і метрик; параметри малюнка не застосовуються.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="315"/>
        <source>Stages, touchpoints and one persona&apos;s scores; lanes and pains are left out.</source>
        <translation>Етапи, точки дотику й оцінки однієї персони; доріжки й больові точки не потрапляють.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="363"/>
        <source>No preview: %1</source>
        <translation>Немає попереднього перегляду: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_dialog.py" line="371"/>
        <source>Preview of the map as drawn on a poster or in a PNG.</source>
        <translation>Попередній перегляд карти у вигляді плаката або PNG.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="59"/>
        <source>unexpected error: %1</source>
        <translation>неочікувана помилка: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="151"/>
        <source>Exporting to %1…</source>
        <translation>Експорт до %1…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="166"/>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="175"/>
        <source>The map could not be exported to “%1”:

%2

Nothing was written there; your map is unchanged.</source>
        <translation>Не вдалося експортувати карту до «%1»:

%2

Туди нічого не записано; карта не змінилася.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="182"/>
        <location filename="../journeymapper/ui/export_runner.py" line="184"/>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="195"/>
        <source>the image could not be decoded</source>
        <translation>не вдалося прочитати зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="212"/>
        <source>Copied the map as an image (%1 × %2 pixels)</source>
        <translation>Карту скопійовано як зображення (%1 × %2 пікс.)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/export_runner.py" line="219"/>
        <location filename="../journeymapper/ui/export_runner.py" line="220"/>
        <source>Copy as image failed</source>
        <translation>Не вдалося скопіювати як зображення</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="67"/>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Карти шляху клієнта (*.jmap)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="68"/>
        <source>PNG images with a map inside (*.png)</source>
        <translation>Зображення PNG з картою всередині (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="69"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="103"/>
        <source>Open Map</source>
        <translation>Відкрити карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="122"/>
        <source>Opened %1</source>
        <translation>Відкрито карту %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="140"/>
        <source>Save Map As</source>
        <translation>Зберегти карту як</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_actions.py" line="189"/>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="73"/>
        <source>“%1” was deleted or moved away; Save writes it again.</source>
        <translation>Файл «%1» видалено або переміщено; під час збереження його буде записано знову.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/file_watch.py" line="83"/>
        <source>“%1” was changed on disk; Save will ask before overwriting it.</source>
        <translation>Файл «%1» змінено на диску; перед перезаписом програма запитає вас.</translation>
    </message>
</context>
<context>
    <name>FlowForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="77"/>
        <source>From – to:</source>
        <translation>Звідки – куди:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="79"/>
        <source>&amp;Label:</source>
        <translation>&amp;Підпис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="80"/>
        <source>&amp;Percent:</source>
        <translation>&amp;Відсоток:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="81"/>
        <source>Change flow kind</source>
        <translation>зміну типу переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="82"/>
        <source>Change flow label</source>
        <translation>зміну підпису переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="83"/>
        <source>Change flow percent</source>
        <translation>зміну відсотка переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="87"/>
        <source>Flow</source>
        <translation>Перехід</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="92"/>
        <source>abandoned</source>
        <translation>відмова</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="26"/>
        <source>Inspector</source>
        <translation>Властивості</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/inspector/dock.py" line="81"/>
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>Вибрано %n елемент.</numerusform>
            <numerusform>Вибрано %n елементи.</numerusform>
            <numerusform>Вибрано %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="84"/>
        <source>Select a card, a stage, a lane or an arrow to see and edit its details.</source>
        <translation>Виберіть картку, етап, доріжку або стрілку, щоб побачити й змінити її властивості.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/dock.py" line="94"/>
        <source>Edit personas in the Personas panel.</source>
        <translation>Персони редагуються на панелі «Персони».</translation>
    </message>
</context>
<context>
    <name>InteropActions</name>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="97"/>
        <source>Journeys from other tools (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</source>
        <translation>Шляхи клієнта з інших програм (*.mmd *.mermaid *.md *.markdown *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="98"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown)</source>
        <translation>Mermaid journey (*.mmd *.mermaid *.md *.markdown)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="99"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблиці (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="100"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="111"/>
        <source>Import Journey</source>
        <translation>Імпорт шляху клієнта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="124"/>
        <source>Cannot import the file</source>
        <translation>Не вдалося імпортувати файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="125"/>
        <source>This file cannot be imported as a journey:</source>
        <translation>Цей файл не вдається імпортувати як шлях клієнта:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="133"/>
        <source>Imported %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="141"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… і ще %n проблема</numerusform>
            <numerusform>… і ще %n проблеми</numerusform>
            <numerusform>… і ще %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="154"/>
        <source>Cannot paste the text</source>
        <translation>Не вдалося вставити текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="154"/>
        <source>The pasted rows have a problem:</source>
        <translation>У вставлених рядках є помилка:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/interop_actions.py" line="159"/>
        <source>Add a stage before pasting cards</source>
        <translation>Спершу додайте етап, потім вставляйте картки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="165"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>вставлення %n картки</numerusform>
            <numerusform>вставлення %n карток</numerusform>
            <numerusform>вставлення %n карток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/interop_actions.py" line="169"/>
        <source>Pasted %n card(s)</source>
        <translation>
            <numerusform>Вставлено %n картку</numerusform>
            <numerusform>Вставлено %n картки</numerusform>
            <numerusform>Вставлено %n карток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="16"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="17"/>
        <source>Mobile app</source>
        <translation>Мобільний застосунок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="18"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="19"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="20"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="21"/>
        <source>Courier</source>
        <translation>Кур’єр</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="22"/>
        <source>Social media</source>
        <translation>Соцмережі</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="23"/>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="24"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="25"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="31"/>
        <source>Main path</source>
        <translation>Основний шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="32"/>
        <source>Alternate path</source>
        <translation>Альтернативний шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="33"/>
        <source>Shortcut</source>
        <translation>Короткий шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="34"/>
        <source>Going back</source>
        <translation>Повернення назад</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="35"/>
        <source>Exit (abandon)</source>
        <translation>Вихід (відмова)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="41"/>
        <source>Touchpoints</source>
        <translation>Точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="42"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="43"/>
        <source>Emotion curve</source>
        <translation>Крива емоцій</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="44"/>
        <source>Pain points</source>
        <translation>Больові точки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="45"/>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="46"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="52"/>
        <source>Pain point</source>
        <translation>Больова точка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="53"/>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="59"/>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="60"/>
        <source>Observed</source>
        <translation>Спостерігали</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="61"/>
        <source>Assumed</source>
        <translation>Припускаємо</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="62"/>
        <source>Proposed</source>
        <translation>Пропонуємо</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="68"/>
        <source>Circle</source>
        <translation>Коло</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="69"/>
        <source>Square</source>
        <translation>Квадрат</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="70"/>
        <source>Triangle</source>
        <translation>Трикутник</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="71"/>
        <source>Diamond</source>
        <translation>Ромб</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="72"/>
        <source>Star</source>
        <translation>Зірка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="73"/>
        <source>Cross</source>
        <translation>Хрест</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="79"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="80"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="81"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="82"/>
        <source>Conversion</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="83"/>
        <source>Drop-off</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="99"/>
        <source>Blank map</source>
        <translation>Порожня карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="100"/>
        <source>Online shop</source>
        <translation>Інтернет-магазин</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/labels.py" line="101"/>
        <source>SaaS free trial</source>
        <translation>Пробний період SaaS</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="52"/>
        <source>&amp;Hidden on the canvas and in exports</source>
        <translation>&amp;Прихована на полотні й в експорті</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="53"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="54"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="56"/>
        <source>Rename lane</source>
        <translation>перейменування доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="57"/>
        <source>Show or hide lane</source>
        <translation>показ або приховування доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="61"/>
        <source>Lane</source>
        <translation>Доріжка</translation>
    </message>
</context>
<context>
    <name>LanesEditor</name>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="46"/>
        <source>Double-click a name to rename; untick to hide a lane.</source>
        <translation>Двічі клацніть назву, щоб перейменувати; зніміть позначку, щоб приховати доріжку.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="55"/>
        <source>&amp;Add lane</source>
        <translation>&amp;Додати доріжку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="56"/>
        <source>Move &amp;up</source>
        <translation>&amp;Вище</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="57"/>
        <source>Move &amp;down</source>
        <translation>&amp;Нижче</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="118"/>
        <source>Add lane</source>
        <translation>додавання доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="129"/>
        <source>Change lane</source>
        <translation>зміну доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/lanes_editor.py" line="133"/>
        <source>Move lane</source>
        <translation>переміщення доріжки</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../journeymapper/ui/main_window.py" line="183"/>
        <source>%1 – %2[*] — JourneyMapper</source>
        <translation>%1 – %2[*] — JourneyMapper</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="207"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Вибрано: %n</numerusform>
            <numerusform>Вибрано: %n</numerusform>
            <numerusform>Вибрано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="215"/>
        <source>The stage “%1” holds %n card(s), note(s) or cell(s). Delete it with its content? Undo brings it back.</source>
        <translation>
            <numerusform>На етапі «%1» є %n картка, нотатка або клітинка. Видалити його разом із вмістом? Скасування поверне все назад.</numerusform>
            <numerusform>На етапі «%1» є %n картки, нотатки або клітинки. Видалити його разом із вмістом? Скасування поверне все назад.</numerusform>
            <numerusform>На етапі «%1» є %n карток, нотаток або клітинок. Видалити його разом із вмістом? Скасування поверне все назад.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/main_window.py" line="222"/>
        <source>The %1 stages hold %n card(s), note(s) or cell(s). Delete them with their content? Undo brings them back.</source>
        <translation>
            <numerusform>У вибраних етапах (%1) є %n картка, нотатка або клітинка. Видалити їх разом із вмістом? Скасування поверне все назад.</numerusform>
            <numerusform>У вибраних етапах (%1) є %n картки, нотатки або клітинки. Видалити їх разом із вмістом? Скасування поверне все назад.</numerusform>
            <numerusform>У вибраних етапах (%1) є %n карток, нотаток або клітинок. Видалити їх разом із вмістом? Скасування поверне все назад.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/main_window.py" line="230"/>
        <source>Delete stage</source>
        <translation>Видалити етап</translation>
    </message>
</context>
<context>
    <name>MapSettingsDialog</name>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="34"/>
        <source>Map Settings</source>
        <translation>Параметри карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="51"/>
        <source>The language of the map&apos;s exports and labels</source>
        <translation>Мова експорту й підписів карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="53"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="54"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>&amp;Загальні</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="58"/>
        <source>&amp;Emotion scale</source>
        <translation>&amp;Шкала емоцій</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="60"/>
        <source>La&amp;nes</source>
        <translation>&amp;Доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/map_settings_dialog.py" line="90"/>
        <source>Change map settings</source>
        <translation>зміну параметрів карти</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="34"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Створити із шаблону…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="35"/>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="37"/>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="39"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="40"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="42"/>
        <source>Copy as &amp;Image</source>
        <translation>Копіювати як &amp;зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="44"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="45"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="51"/>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="52"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="53"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="54"/>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублювати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="55"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="56"/>
        <source>Select &amp;All</source>
        <translation>Виділити &amp;все</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="57"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="60"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="62"/>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="63"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Справжній розмір</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="64"/>
        <source>&amp;Fit Map</source>
        <translation>Карта &amp;повністю</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="65"/>
        <source>Fit &amp;Selection</source>
        <translation>За в&amp;иділенням</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="66"/>
        <source>Map &amp;Settings…</source>
        <translation>&amp;Параметри карти…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="67"/>
        <source>Add &amp;Stage</source>
        <translation>Додати &amp;етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="68"/>
        <source>Add &amp;Lane</source>
        <translation>Додати &amp;доріжку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="69"/>
        <source>Add &amp;Persona</source>
        <translation>Додати &amp;персону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="71"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Комбінації клавіш…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="73"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Нещодавні карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="84"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="85"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="93"/>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="94"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="146"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="159"/>
        <source>&amp;Panels</source>
        <translation>&amp;Панелі</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="162"/>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="171"/>
        <source>Main toolbar</source>
        <translation>Основна панель інструментів</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="202"/>
        <source>No recent maps</source>
        <translation>Нещодавніх карт немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/menus.py" line="206"/>
        <source>Clear the List</source>
        <translation>Очистити список</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="35"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="36"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Зберегти зміни в «%1» перед закриттям?</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="56"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… і ще %n проблема</numerusform>
            <numerusform>… і ще %n проблеми</numerusform>
            <numerusform>… і ще %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="59"/>
        <source>Cannot open the map</source>
        <translation>Не вдалося відкрити карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="60"/>
        <source>This file cannot be opened as a journey map:</source>
        <translation>Цей файл не вдається відкрити як карту шляху клієнта:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="69"/>
        <source>the map holds text that is not valid Unicode</source>
        <translation>карта містить текст, недопустимий у Юнікоді</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="74"/>
        <source>Cannot save the map</source>
        <translation>Не вдалося зберегти карту</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="75"/>
        <source>The map could not be saved to “%1”: %2.

Your map is still open; try Save As… to choose another folder.</source>
        <translation>Не вдалося зберегти карту в «%1»: %2.

Карта досі відкрита; виберіть іншу теку через «Зберегти як…».</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="88"/>
        <location filename="../journeymapper/ui/messages.py" line="125"/>
        <source>File changed on disk</source>
        <translation>Файл змінено на диску</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="91"/>
        <source>“%1” was deleted or moved away since you opened it.</source>
        <translation>Файл «%1» було видалено або переміщено після того, як ви його відкрили.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="92"/>
        <source>Save it again under this name, or choose another one?</source>
        <translation>Зберегти його знову під цією назвою чи вибрати іншу?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="93"/>
        <source>Save Here</source>
        <translation>Зберегти тут</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="97"/>
        <source>“%1” was changed by another program or window since you opened it.</source>
        <translation>Файл «%1» було змінено іншою програмою або в іншому вікні після того, як ви його відкрили.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="102"/>
        <source>Overwrite loses the changes made there; Reload loses your unsaved changes here; Save As keeps both.</source>
        <translation>«Перезаписати» скасує зроблені там зміни; «Завантажити знову» скасує ваші незбережені зміни тут; «Зберегти як» збереже і те, і те.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="107"/>
        <source>Reload</source>
        <translation>Завантажити знову</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="108"/>
        <source>Overwrite</source>
        <translation>Перезаписати</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="111"/>
        <source>Save As…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="126"/>
        <source>“%1” was changed by another program or window. Reload it?</source>
        <translation>Файл «%1» змінено іншою програмою або в іншому вікні. Завантажити його знову?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="135"/>
        <source>Edit not possible</source>
        <translation>Зміна неможлива</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/messages.py" line="143"/>
        <source>Damaged snapshots</source>
        <translation>Пошкоджені знімки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/ui/messages.py" line="144"/>
        <source>“%1” opened, but %n of its snapshots cannot be read, restored or compared. They are kept in the file as they are.</source>
        <translation>
            <numerusform>«%1» відкрито, але %n його знімок не можна прочитати, відновити чи порівняти. Його збережено у файлі як є.</numerusform>
            <numerusform>«%1» відкрито, але %n його знімки не можна прочитати, відновити чи порівняти. Їх збережено у файлі як є.</numerusform>
            <numerusform>«%1» відкрито, але %n його знімків не можна прочитати, відновити чи порівняти. Їх збережено у файлі як є.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsBox</name>
    <message>
        <location filename="../journeymapper/ui/inspector/measures.py" line="97"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="28"/>
        <source>New Map from Template</source>
        <translation>Нова карта із шаблону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="39"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="45"/>
        <source>&amp;Language of the map:</source>
        <translation>&amp;Мова карти:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/new_map_dialog.py" line="50"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Назва:</translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="37"/>
        <source>Personas</source>
        <translation>Персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="49"/>
        <source>&amp;Add persona</source>
        <translation>&amp;Додати персону</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="50"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="63"/>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="64"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="65"/>
        <source>&amp;Marker:</source>
        <translation>&amp;Маркер:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="72"/>
        <source>Rename persona</source>
        <translation>перейменування персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="74"/>
        <source>Change persona description</source>
        <translation>зміну опису персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="77"/>
        <source>Change persona colour</source>
        <translation>зміну кольору персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="80"/>
        <source>Change persona marker</source>
        <translation>зміну маркера персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="119"/>
        <source>Untick to hide this persona&apos;s curve on the canvas</source>
        <translation>Зніміть позначку, щоб приховати криву цієї персони на полотні</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="159"/>
        <source>Add persona</source>
        <translation>додавання персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/personas_dock.py" line="171"/>
        <source>Delete persona</source>
        <translation>видалення персони</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="29"/>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="34"/>
        <source>A new language takes effect after you restart JourneyMapper.</source>
        <translation>Нова мова набуде чинності після перезапуску JourneyMapper.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/preferences_dialog.py" line="38"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="25"/>
        <source>a map that was never saved</source>
        <translation>карта, яку ще не зберігали</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="27"/>
        <source>JourneyMapper closed unexpectedly while “%1” had unsaved changes (from %2, autosaved at %3).

Restore the autosaved copy?</source>
        <translation>JourneyMapper несподівано закрився, коли в «%1» були незбережені зміни (від %2, автозбереження о %3).

Відновити автозбережену копію?</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/recovery_prompt.py" line="37"/>
        <source>Restore unsaved changes</source>
        <translation>Відновити незбережені зміни</translation>
    </message>
</context>
<context>
    <name>Replaces</name>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="49"/>
        <source>snapshot “%1”</source>
        <translation>знімок «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="64"/>
        <source>Replaces</source>
        <translation>Замінює</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="66"/>
        <source>The as-is cards this to-be card replaces:</source>
        <translation>Картки поточного стану, які замінює ця цільова картка:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="104"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="112"/>
        <source>nothing (a new card or an as-is card)</source>
        <translation>нічого (нова картка або картка поточного стану)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/replaces.py" line="120"/>
        <source>cards of earlier versions: %1</source>
        <translation>карток із попередніх версій: %1</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="34"/>
        <source>&amp;Lowest value:</source>
        <translation>&amp;Мінімум:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="35"/>
        <source>&amp;Highest value:</source>
        <translation>М&amp;аксимум:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="38"/>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="45"/>
        <source>&amp;Rescale existing emotion values to the new range</source>
        <translation>&amp;Перерахувати наявні оцінки емоцій під новий діапазон</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/scale_editor.py" line="49"/>
        <source>Without rescaling, a range that leaves values outside it is refused.</source>
        <translation>Без перерахунку не можна задати діапазон, поза яким залишаються значення.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Add the next card in the same stage and type its name</source>
        <translation>Додати наступну картку на цьому етапі й ввести її назву</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="25"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Go to the next / previous stage</source>
        <translation>Перейти до наступного / попереднього етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="26"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="27"/>
        <source>Rename the selected card, note or stage</source>
        <translation>Перейменувати вибрану картку, нотатку або етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Move the selected cards</source>
        <translation>Перемістити вибрані картки</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="28"/>
        <source>Arrow keys</source>
        <translation>Клавіші зі стрілками</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="29"/>
        <source>Choose whose emotion curve a click sets</source>
        <translation>Вибрати, чию криву емоцій задає клацання</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Add a card</source>
        <translation>Додати картку</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="30"/>
        <source>Double-click the Touchpoints lane</source>
        <translation>Подвійне клацання в рядку точок дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Set an emotion</source>
        <translation>Задати емоцію</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="31"/>
        <source>Click the Emotions lane above or below a card</source>
        <translation>Клацання в рядку емоцій над карткою або під нею</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Zoom around the pointer</source>
        <translation>Масштаб навколо вказівника</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="32"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+коліщатко миші</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Pan</source>
        <translation>Прокручування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="33"/>
        <source>Space+drag, middle button, wheel</source>
        <translation>Пробіл+перетягування, середня кнопка, коліщатко миші</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Cancel a drag or an edit</source>
        <translation>Скасувати перетягування або редагування</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="34"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="82"/>
        <source>Keyboard Shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="86"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/shortcuts_dialog.py" line="86"/>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="23"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="24"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Мета:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="25"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="26"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="27"/>
        <source>Rename stage</source>
        <translation>перейменування етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="28"/>
        <source>Change stage goal</source>
        <translation>зміну мети етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="29"/>
        <source>Change stage description</source>
        <translation>зміну опису етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="30"/>
        <source>Change stage colour</source>
        <translation>зміну кольору етапу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/simple_forms.py" line="36"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="108"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="201"/>
        <source>Countdown</source>
        <translation>Зворотний відлік</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="202"/>
        <source>Stopwatch</source>
        <translation>Секундомір</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="206"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="207"/>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="251"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="208"/>
        <source>+1 min</source>
        <translation>+1 хв</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="209"/>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="210"/>
        <source>Sound at the end</source>
        <translation>Звук наприкінці</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="247"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/timer_widgets.py" line="249"/>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="25"/>
        <source>&amp;Physical (not digital)</source>
        <translation>&amp;Офлайн (не цифрова)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="32"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="37"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="38"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="40"/>
        <source>&amp;What happens:</source>
        <translation>&amp;Що відбувається:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="41"/>
        <source>Customer n&amp;eed:</source>
        <translation>&amp;Потреба клієнта:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="42"/>
        <source>&amp;Tools we use:</source>
        <translation>&amp;Наші інструменти:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="43"/>
        <source>&amp;Owner team:</source>
        <translation>&amp;Відповідальна команда:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="44"/>
        <source>E&amp;vidence:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="45"/>
        <source>&amp;Image:</source>
        <translation>&amp;Зображення:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="49"/>
        <source>Change replaced cards</source>
        <translation>Зміна замінюваних карток</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="51"/>
        <source>Replaces:</source>
        <translation>Замінює:</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="52"/>
        <source>Rename touchpoint</source>
        <translation>перейменування точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="53"/>
        <source>Change channel</source>
        <translation>зміну каналу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="54"/>
        <source>Change physical or digital</source>
        <translation>зміну «офлайн / цифрова»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="55"/>
        <source>Edit what happens</source>
        <translation>редагування «що відбувається»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="56"/>
        <source>Edit customer need</source>
        <translation>редагування потреби клієнта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="57"/>
        <source>Edit tools</source>
        <translation>редагування інструментів</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="58"/>
        <source>Change owner team</source>
        <translation>зміну відповідальної команди</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="59"/>
        <source>Change evidence</source>
        <translation>зміну підстави</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="60"/>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="94"/>
        <source>Change image</source>
        <translation>зміну зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="69"/>
        <source>Touchpoint</source>
        <translation>Точка дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="88"/>
        <source>Choose an image</source>
        <translation>Виберіть зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/inspector/touchpoint_form.py" line="90"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.webp);;All files (*)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.svg *.webp);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../journeymapper/commands/names.py" line="21"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="55"/>
        <source>Add stage %1</source>
        <translation>додавання етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="56"/>
        <source>Add lane %1</source>
        <translation>додавання доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="57"/>
        <source>Add persona %1</source>
        <translation>додавання персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="58"/>
        <source>Add card %1</source>
        <translation>додавання картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="59"/>
        <source>Add flow</source>
        <translation>додавання переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add pain point %1</source>
        <translation>додавання больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="60"/>
        <source>Add opportunity %1</source>
        <translation>додавання можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="61"/>
        <source>Add view %1</source>
        <translation>додавання подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete items</source>
        <translation>видалення елементів</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/names.py" line="71"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>видалення %n елемента</numerusform>
            <numerusform>видалення %n елементів</numerusform>
            <numerusform>видалення %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="73"/>
        <source>Delete stage %1</source>
        <translation>видалення етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="74"/>
        <source>Delete lane %1</source>
        <translation>видалення доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="75"/>
        <source>Delete persona %1</source>
        <translation>видалення персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="76"/>
        <source>Delete card %1</source>
        <translation>видалення картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="77"/>
        <source>Delete flow %1</source>
        <translation>видалення переходу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="78"/>
        <source>Delete pain point %1</source>
        <translation>видалення больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="79"/>
        <source>Delete opportunity %1</source>
        <translation>видалення можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="80"/>
        <source>Delete view %1</source>
        <translation>видалення подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="82"/>
        <source>Delete %1</source>
        <translation>видалення %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="90"/>
        <source>Rename stage %1</source>
        <translation>перейменування етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="91"/>
        <source>Rename lane %1</source>
        <translation>перейменування доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="92"/>
        <source>Rename persona %1</source>
        <translation>перейменування персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="93"/>
        <source>Rename card %1</source>
        <translation>перейменування картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="94"/>
        <source>Rename view %1</source>
        <translation>перейменування подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="98"/>
        <source>Edit pain point text %1</source>
        <translation>зміну тексту больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="99"/>
        <source>Edit opportunity text %1</source>
        <translation>зміну тексту можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="103"/>
        <source>Edit stage %1</source>
        <translation>зміну етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="104"/>
        <source>Edit lane %1</source>
        <translation>зміну доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="105"/>
        <source>Edit persona %1</source>
        <translation>зміну персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="106"/>
        <source>Edit card %1</source>
        <translation>зміну картки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="107"/>
        <source>Edit flow %1</source>
        <translation>зміну переходу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="108"/>
        <source>Edit pain point %1</source>
        <translation>зміну больової точки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="109"/>
        <source>Edit opportunity %1</source>
        <translation>зміну можливості %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="110"/>
        <source>Edit view %1</source>
        <translation>зміну подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="112"/>
        <source>Edit %1</source>
        <translation>зміну %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="124"/>
        <source>Move stage %1</source>
        <translation>переміщення етапу %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="125"/>
        <source>Move lane %1</source>
        <translation>переміщення доріжки %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="126"/>
        <source>Move persona %1</source>
        <translation>переміщення персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="127"/>
        <source>Move view %1</source>
        <translation>переміщення подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/names.py" line="129"/>
        <source>Move %1</source>
        <translation>переміщення %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/entities.py" line="195"/>
        <source>Move card</source>
        <translation>переміщення картки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/commands/entities.py" line="197"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>переміщення %n картки</numerusform>
            <numerusform>переміщення %n карток</numerusform>
            <numerusform>переміщення %n карток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste.py" line="43"/>
        <source>Paste</source>
        <translation>вставлення</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="20"/>
        <source>Edit %1 at %2</source>
        <translation>зміну клітинки %1 на етапі %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="55"/>
        <source>Set emotion of %1 at %2</source>
        <translation>зміну емоції (%1) у точці %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="87"/>
        <source>Set a metric of %1</source>
        <translation>зміну метрики %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Lock the map</source>
        <translation>блокування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="134"/>
        <source>Unlock the map</source>
        <translation>розблокування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="136"/>
        <source>Rename map</source>
        <translation>перейменування карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="137"/>
        <source>Change map description</source>
        <translation>зміну опису карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="138"/>
        <source>Change map language</source>
        <translation>зміну мови карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="139"/>
        <source>Change map author</source>
        <translation>зміну автора карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="141"/>
        <source>Change map setting</source>
        <translation>зміну параметра карти</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/values.py" line="161"/>
        <source>Change emotion scale</source>
        <translation>зміну шкали емоцій</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="20"/>
        <source>Start voting round</source>
        <translation>початок голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="20"/>
        <source>Clear voting round</source>
        <translation>скидання голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="76"/>
        <source>Reveal votes</source>
        <translation>показ голосів</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="78"/>
        <source>End voting round</source>
        <translation>завершення голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/voting.py" line="79"/>
        <source>Change voting round</source>
        <translation>зміну голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/paste_rows.py" line="163"/>
        <source>Paste text</source>
        <translation>вставлення тексту</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/restore.py" line="20"/>
        <source>Restore snapshot</source>
        <translation>Відновити знімок</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="14"/>
        <source>Room ratings</source>
        <translation>Оцінки кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/commands/crowd.py" line="42"/>
        <source>Clear room ratings</source>
        <translation>Очистити оцінки кімнати</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="44"/>
        <source>Compare: %1 → %2</source>
        <translation>Порівняння: %1 → %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="63"/>
        <source>Save Picture…</source>
        <translation>Зберегти зображення…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="71"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Зображення PNG (*.png);;Малюнок SVG (*.svg);;Вебсторінка (*.html)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/compare_dialog.py" line="73"/>
        <source>Save Picture</source>
        <translation>Зберегти зображення</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="52"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="57"/>
        <source>Take &amp;Snapshot…</source>
        <translation>Зробити &amp;знімок…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="58"/>
        <source>Co&amp;mpare with…</source>
        <translation>По&amp;рівняти з…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="59"/>
        <source>Compare &amp;As-Is with To-Be</source>
        <translation>Порівняти &amp;поточний стан із цільовим</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="131"/>
        <source>automatic snapshot</source>
        <translation>автоматичний знімок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="132"/>
        <source>Snapshot taken: %1</source>
        <translation>Знімок зроблено: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="164"/>
        <source>Restore snapshot</source>
        <translation>Відновити знімок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="165"/>
        <source>Restore the map as it was at “%1”? The current map is kept as a snapshot first, and Edit ▸ Undo brings it back.</source>
        <translation>Відновити карту в стані «%1»? Спершу поточну карту буде збережено як знімок, а «Редагування ▸ Скасувати» поверне її.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="180"/>
        <source>Restore “%1”</source>
        <translation>Відновлення «%1»</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="188"/>
        <location filename="../journeymapper/ui/history_actions.py" line="206"/>
        <source>current map</source>
        <translation>поточна карта</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="194"/>
        <source>Compare with</source>
        <translation>Порівняти з</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="195"/>
        <source>Journey maps (*.jmap);;PNG images with a map inside (*.png)</source>
        <translation>Карти шляху (*.jmap);;Зображення PNG із картою всередині (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="212"/>
        <source>as-is</source>
        <translation>поточний стан</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_actions.py" line="212"/>
        <source>to-be</source>
        <translation>цільовий стан</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="34"/>
        <source>Manual</source>
        <translation>Вручну</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="35"/>
        <source>Published</source>
        <translation>Опублікований</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="36"/>
        <source>Workshop start</source>
        <translation>Початок воркшопу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="37"/>
        <source>Workshop end</source>
        <translation>Кінець воркшопу</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="38"/>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="54"/>
        <source>%1 stages, %2 cards, %3 pains</source>
        <translation>етапів: %1, карток: %2, болей: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="66"/>
        <source>Take Snapshot</source>
        <translation>Зробити знімок</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="68"/>
        <source>Label (for example “post-workshop baseline”):</source>
        <translation>Підпис (наприклад, «база після воркшопу»):</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="72"/>
        <source>This is the version shared with stakeholders</source>
        <translation>Цю версію передано зацікавленим сторонам</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="104"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="104"/>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="104"/>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="104"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="108"/>
        <source>No snapshots yet. File ▸ Take Snapshot… keeps this version.</source>
        <translation>Знімків поки немає. «Файл ▸ Зробити знімок…» збереже цю версію.</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="112"/>
        <source>Take Snapshot…</source>
        <translation>Зробити знімок…</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="113"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="114"/>
        <source>Compare with Current</source>
        <translation>Порівняти з поточною</translation>
    </message>
    <message>
        <location filename="../journeymapper/ui/history_dock.py" line="132"/>
        <source>Damaged: %1</source>
        <translation>Пошкоджений: %1</translation>
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="130"/>
        <source>Delete stage</source>
        <translation>Видалити етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="141"/>
        <source>Emotions: drawing the to-be curve of %1</source>
        <translation>Емоції: малюється крива «як має бути» для персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="143"/>
        <source>Emotions: drawing the as-is curve of %1</source>
        <translation>Емоції: малюється крива «як є» для персони %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/map_scene.py" line="297"/>
        <source>Add a stage before pasting cards</source>
        <translation>Спершу додайте етап, потім вставляйте картки</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="25"/>
        <source>Main path</source>
        <translation>Основний шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="26"/>
        <source>Alternate path</source>
        <translation>Альтернативний шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="27"/>
        <source>Shortcut</source>
        <translation>Короткий шлях</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="28"/>
        <source>Going back</source>
        <translation>Повернення назад</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="29"/>
        <source>Exit (abandon)</source>
        <translation>Вихід (відмова)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="42"/>
        <source>Change flow kind</source>
        <translation>зміну типу переходу</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="46"/>
        <source>Delete flow</source>
        <translation>Видалити перехід</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="63"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="64"/>
        <source>Add card after</source>
        <translation>Додати картку після</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="67"/>
        <source>Add pain point</source>
        <translation>Додати больову точку</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="70"/>
        <source>Add opportunity</source>
        <translation>Додати можливість</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="73"/>
        <source>Add exit (abandon here)</source>
        <translation>Додати вихід (відмова тут)</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="85"/>
        <location filename="../journeymapper/scene/menus.py" line="165"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="94"/>
        <source>Emotion</source>
        <translation>Емоція</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="101"/>
        <source>To be</source>
        <translation>Як має бути</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="101"/>
        <source>As is</source>
        <translation>Як є</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="119"/>
        <source>Rename stage</source>
        <translation>Перейменувати етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="120"/>
        <source>Add stage before</source>
        <translation>Додати етап перед</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="123"/>
        <source>Add stage after</source>
        <translation>Додати етап після</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="126"/>
        <location filename="../journeymapper/scene/menus.py" line="136"/>
        <source>Add card</source>
        <translation>Додати картку</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="162"/>
        <source>Edit text</source>
        <translation>Змінити текст</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/menus.py" line="169"/>
        <source>Add stage</source>
        <translation>Додати етап</translation>
    </message>
    <message>
        <location filename="../journeymapper/scene/actions.py" line="47"/>
        <source>The map structure is locked: stages, lanes and card positions stay put (Ctrl+L unlocks)</source>
        <translation>Структуру карти заблоковано: етапи, доріжки й місця карток не змінюються (Ctrl+L знімає блокування)</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="31"/>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>&amp;Lock Structure</source>
        <translation>&amp;Заблокувати структуру</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="35"/>
        <source>Lock stages, lanes and card positions; cards, notes and votes can still be added</source>
        <translation>Закріпити етапи, доріжки й розташування карток; картки, нотатки й голоси додавати можна</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="47"/>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="55"/>
        <source>The map structure is locked (Ctrl+L unlocks it)</source>
        <translation>Структуру карти заблоковано (Ctrl+L — розблокувати)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="88"/>
        <source>Un&amp;lock Structure</source>
        <translation>&amp;Розблокувати структуру</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="98"/>
        <source>The map structure is locked: unlock it (Ctrl+L) to %1</source>
        <translation>Структуру карти заблоковано: зніміть блокування (Ctrl+L), щоб %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="100"/>
        <source>add stages</source>
        <translation>додавати етапи</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/lock.py" line="101"/>
        <source>add lanes</source>
        <translation>додавати доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="82"/>
        <source>Who said it (optional)</source>
        <translation>Хто це сказав (необов’язково)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="84"/>
        <source>Type a card and press Enter</source>
        <translation>Введіть картку й натисніть Enter</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="88"/>
        <source>Enter adds the card · Shift+Enter new line · Tab / Shift+Tab next or previous stage · Ctrl+Up/Down who said it · Esc ends</source>
        <translation>Enter — додати картку · Shift+Enter — новий рядок · Tab / Shift+Tab — наступний або попередній етап · Ctrl+Вгору/Вниз — хто сказав · Esc — завершити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="97"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="208"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Етап %1 з %2: %3</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/quick_capture.py" line="211"/>
        <source>No stage to add cards to</source>
        <translation>Немає етапу, куди додати картки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/quick_capture.py" line="212"/>
        <source>%n card(s) added</source>
        <translation>
            <numerusform>Додано %n картку</numerusform>
            <numerusform>Додано %n картки</numerusform>
            <numerusform>Додано %n карток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="41"/>
        <source>Saved views</source>
        <translation>Збережені подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="43"/>
        <source>Save what the canvas shows now as a view</source>
        <translation>Зберегти те, що зараз на полотні, як подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="44"/>
        <source>Re&amp;name</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="45"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="46"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="47"/>
        <source>Show this view on the canvas</source>
        <translation>Показати це подання на полотні</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="48"/>
        <source>Show A&amp;ll</source>
        <translation>Показати &amp;все</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="53"/>
        <source>Personas</source>
        <translation>Персони</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="54"/>
        <source>Lanes</source>
        <translation>Доріжки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="55"/>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="107"/>
        <source>View %1</source>
        <translation>Подання %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="124"/>
        <source>Rename view</source>
        <translation>перейменування подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="132"/>
        <source>Delete view</source>
        <translation>видалення подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="140"/>
        <source>Change view</source>
        <translation>зміну подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="220"/>
        <source>The canvas shows the whole map.</source>
        <translation>На полотні вся карта.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/views_dock.py" line="223"/>
        <source>The canvas shows the view “%1”.</source>
        <translation>На полотні подання «%1».</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/vote_canvas.py" line="82"/>
        <source>Choose who is voting first</source>
        <translation>Спершу виберіть, хто голосує</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="25"/>
        <source>Pain points</source>
        <translation>Больові точки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="26"/>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="27"/>
        <source>Touchpoints</source>
        <translation>Точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="37"/>
        <source>Start a voting round</source>
        <translation>Почати голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="39"/>
        <source>One name per line</source>
        <translation>По одному імені в рядку</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="47"/>
        <source>Hide the votes until they are revealed</source>
        <translation>Приховувати голоси до показу</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="51"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Учасники:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="35"/>
        <source>Collect notes</source>
        <translation>Збір нотаток</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="36"/>
        <source>Vote</source>
        <translation>Голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="37"/>
        <source>Rate the stages</source>
        <translation>Оцінювання етапів</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="38"/>
        <source>Everything at once</source>
        <translation>Усе одразу</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="39"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="67"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="77"/>
        <source>&amp;Lock the room to new people</source>
        <translation>&amp;Не впускати нових учасників</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="82"/>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="95"/>
        <source>What people can do</source>
        <translation>Що можуть учасники</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="100"/>
        <source>Open stages</source>
        <translation>Відкриті етапи</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="102"/>
        <source>Notes may also be pain points and opportunities</source>
        <translation>Нотатки можуть бути також проблемами й можливостями</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="103"/>
        <source>Show results on the phones</source>
        <translation>Показувати результати на телефонах</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="109"/>
        <source>no limit</source>
        <translation>без обмежень</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="111"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Фаза:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="112"/>
        <source>Open stages:</source>
        <translation>Відкриті етапи:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="115"/>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="52"/>
        <source>&amp;Dots each:</source>
        <translation>&amp;Крапок на кожного:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="116"/>
        <source>Dots per &amp;item at most:</source>
        <translation>Не більше крапок на &amp;пункт:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="117"/>
        <source>Clear the Room&apos;s &amp;Ratings</source>
        <translation>Скинути &amp;оцінки кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="118"/>
        <source>Start the crowd emotion curve afresh (can be undone)</source>
        <translation>Почати криву емоцій кімнати заново (можна скасувати)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="133"/>
        <source>Moderation</source>
        <translation>Модерація</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="134"/>
        <source>Notes wait for &amp;approval</source>
        <translation>Нотатки чекають на &amp;схвалення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="136"/>
        <source>Notes waiting for approval</source>
        <translation>Нотатки, що чекають на схвалення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="138"/>
        <source>A&amp;pprove</source>
        <translation>С&amp;хвалити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="139"/>
        <source>&amp;Reject</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="141"/>
        <source>Notes from the room</source>
        <translation>Нотатки з кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="143"/>
        <source>&amp;Hide from Phones</source>
        <translation>&amp;Сховати з телефонів</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="144"/>
        <source>De&amp;lete</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="152"/>
        <source>Notes from the room:</source>
        <translation>Нотатки з кімнати:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="179"/>
        <source>The room cannot listen on %1: %2</source>
        <translation>Кімната не може приймати з’єднання на %1: %2</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="226"/>
        <source>Delete note from the room</source>
        <translation>Видалити нотатку з кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="247"/>
        <source>&amp;Close Room</source>
        <translation>&amp;Закрити кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="247"/>
        <source>&amp;Open Room</source>
        <translation>&amp;Відкрити кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="259"/>
        <source>The room is closed. Opening it lets people on this network join from their phones.</source>
        <translation>Кімнату закрито. Коли її відкрито, учасники в цій мережі можуть під’єднатися зі своїх телефонів.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_panel.py" line="263"/>
        <source>Open at %1 · code %2 · %n joined</source>
        <translation>
            <numerusform>Відкрито на %1 · код %2 · під’єднався %n учасник</numerusform>
            <numerusform>Відкрито на %1 · код %2 · під’єдналися %n учасники</numerusform>
            <numerusform>Відкрито на %1 · код %2 · під’єдналися %n учасників</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_panel.py" line="266"/>
        <source>Link for a second screen that only watches: %1</source>
        <translation>Посилання для другого екрана, який лише показує: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dialog.py" line="56"/>
        <source>Vote on:</source>
        <translation>Голосуємо за:</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="42"/>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="43"/>
        <location filename="../journeymapper/workshop/voting_dock.py" line="45"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="47"/>
        <source>&amp;Start…</source>
        <translation>&amp;Почати…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="48"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="49"/>
        <source>&amp;End</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="50"/>
        <source>C&amp;lear</source>
        <translation>&amp;Скинути</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="55"/>
        <source>Click a card to give it a dot; Shift+click or right-click takes it back. Alt+Left/Right or Alt+1…9 switch who is voting.</source>
        <translation>Клацання по картці ставить крапку; Shift+клацання або права кнопка знімає її. Alt+Вліво/Вправо або Alt+1…9 змінюють того, хто голосує.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="156"/>
        <source>No voting round. Start one to let the room vote with dots.</source>
        <translation>Голосування немає. Почніть його, щоб учасники проголосували крапками.</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="159"/>
        <source>Voting on: %1</source>
        <translation>Голосуємо за: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="159"/>
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>по %n крапці</numerusform>
            <numerusform>по %n крапки</numerusform>
            <numerusform>по %n крапок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="160"/>
        <source>votes hidden</source>
        <translation>голоси приховано</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="160"/>
        <source>votes shown</source>
        <translation>голоси видно</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/voting_dock.py" line="162"/>
        <source>round ended</source>
        <translation>голосування завершено</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="172"/>
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>залишилася %n крапка</numerusform>
            <numerusform>залишилося %n крапки</numerusform>
            <numerusform>залишилося %n крапок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/voting_dock.py" line="191"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n крапка</numerusform>
            <numerusform>%n крапки</numerusform>
            <numerusform>%n крапок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="25"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="38"/>
        <source>Drop-off along the main path</source>
        <translation>Відтік на основному шляху</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/funnel_chart.py" line="60"/>
        <source>(−%1%)</source>
        <translation>(−%1%)</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="52"/>
        <source>Voting</source>
        <translation>Голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="53"/>
        <source>Saved Views</source>
        <translation>Збережені подання</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="54"/>
        <location filename="../journeymapper/workshop/insights_dock.py" line="37"/>
        <source>Insights</source>
        <translation>Висновки</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="55"/>
        <source>Quick Capture</source>
        <translation>Швидке введення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="56"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="57"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="65"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="179"/>
        <source>Room</source>
        <translation>Кімната</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="122"/>
        <source>Time is up</source>
        <translation>Час вийшов</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="134"/>
        <source>&amp;Present</source>
        <translation>&amp;Презентація</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="136"/>
        <source>Start &amp;Voting…</source>
        <translation>Почати &amp;голосування…</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="137"/>
        <source>&amp;Reveal Votes</source>
        <translation>&amp;Показати голоси</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="138"/>
        <source>&amp;End Voting Round</source>
        <translation>&amp;Завершити голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="139"/>
        <source>C&amp;lear Voting Round</source>
        <translation>&amp;Скинути голосування</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="141"/>
        <source>&amp;Next Participant</source>
        <translation>&amp;Наступний учасник</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="144"/>
        <source>Pre&amp;vious Participant</source>
        <translation>П&amp;опередній учасник</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="148"/>
        <source>Participant %1</source>
        <translation>Учасник %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="154"/>
        <source>&amp;Quick Capture</source>
        <translation>&amp;Швидке введення</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="155"/>
        <source>Start/&amp;Pause Timer</source>
        <translation>Запустити/&amp;призупинити таймер</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="156"/>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Додати хвилину</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="157"/>
        <source>&amp;Open or Close Room</source>
        <translation>&amp;Відкрити або закрити кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="158"/>
        <location filename="../journeymapper/workshop/room_panel.py" line="73"/>
        <source>Show &amp;QR Code</source>
        <translation>Показати &amp;QR-код</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="161"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Воркшоп</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/controller.py" line="170"/>
        <source>&amp;Room</source>
        <translation>&amp;Кімната</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="76"/>
        <source>Dead ends</source>
        <translation>Глухі кути</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="77"/>
        <source>Unreachable touchpoints</source>
        <translation>Недосяжні точки дотику</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="98"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="111"/>
        <source>Worst pain points</source>
        <translation>Найгостріші больові точки</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/insights_dock.py" line="114"/>
        <source>severity %1, %n vote(s)</source>
        <translation>
            <numerusform>важливість %1, %n голос</numerusform>
            <numerusform>важливість %1, %n голоси</numerusform>
            <numerusform>важливість %1, %n голосів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="120"/>
        <source>Lowest moments</source>
        <translation>Найнижчі моменти</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/insights_dock.py" line="136"/>
        <source>Gap between as-is and to-be</source>
        <translation>Розрив між «як є» і «як має бути»</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/presentation.py" line="111"/>
        <source>%1 — presentation</source>
        <translation>%1 — презентація</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/ranking_overlay.py" line="72"/>
        <source>Votes</source>
        <translation>Голоси</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_link.py" line="163"/>
        <source>Note from the room</source>
        <translation>Нотатка з кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="33"/>
        <source>QR code to join the room</source>
        <translation>QR-код для входу в кімнату</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="65"/>
        <source>Join the room</source>
        <translation>Увійдіть до кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="68"/>
        <source>Scan to join</source>
        <translation>Відскануйте, щоб приєднатися</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="81"/>
        <source>Room code</source>
        <translation>Код кімнати</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="93"/>
        <source>Code: %1</source>
        <translation>Код: %1</translation>
    </message>
    <message>
        <location filename="../journeymapper/workshop/room_qr.py" line="94"/>
        <source>or open %1 and type the code</source>
        <translation>або відкрийте %1 і введіть код</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeymapper/workshop/room_qr.py" line="95"/>
        <source>%n joined</source>
        <translation>
            <numerusform>Під’єднався %n учасник</numerusform>
            <numerusform>Під’єдналися %n учасники</numerusform>
            <numerusform>Під’єдналися %n учасників</numerusform>
        </translation>
    </message>
</context>
</TS>
