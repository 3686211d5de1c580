<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Crowd size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sleeping tasks the crowd scenario starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounded limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tasks may run at once in the Bounded mode (an asyncio.Semaphore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario seconds per real second on the real clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment of the run the views show; the arrow keys step through its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the replay plays the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each download with its size, progress, rate and time to the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s tasks and their steps, to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each coroutine and its state on the event loop at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches to the mode that avoids the pitfall and runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this warning until the run shows another pitfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the lesson text above the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides where the Python and the C++ programs differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the toolbar&apos;s controls that do not fit in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the menus that do not fit in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the tabs further left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the tabs further right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run&apos;s total, its speedup and its lanes&apos; times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines in the order you predicted, each marked right or wrong as the run prints it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsCompletedStep</name>
    <message>
        <source>&quot;as_completed&quot; must be an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;as&quot;: &quot;result&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;routines&quot; must be an array of 1 to %1 routine names, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.as_completed needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;as_completed&quot; takes an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;as&quot;: &quot;result&quot;, &quot;steps&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsyncWithStep</name>
    <message>
        <source>&quot;async_with&quot; must be an object such as {&quot;object&quot;: &quot;machine&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;object&quot; must be the name of one of the scenario&apos;s objects, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses the asyncio object “%1”, which needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;async_with&quot; takes an object such as {&quot;object&quot;: &quot;machine&quot;, &quot;steps&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltinScenarios</name>
    <message>
        <source>unknown built-in scenario %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallStep</name>
    <message>
        <source>&quot;routine&quot; must be the name of a routine, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;call&quot; must be the name of a routine or an object such as {&quot;routine&quot;: &quot;fetch&quot;, &quot;as&quot;: &quot;data&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;as&quot; and &quot;add_to&quot; cannot go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a variable&apos;s name (letters, digits and _, not a keyword of Python or C++), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;routine&quot;, &quot;data = routine&quot; or &quot;data += routine&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelStep</name>
    <message>
        <source>&quot;cancel&quot; must be the name of a task, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task.cancel() needs the task object, which only create-task mode keeps, not %1 mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>CoroKitchen timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export %1: unknown chart format &quot;%2&quot; (expected png, svg or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 × %2 pixel image is too large (at most %3 pixels a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 pixel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lanes, %2 per row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>corokitchen: task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corokitchen: hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corokitchen: the program&apos;s standard error was cut at %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CoroKitchen runs asyncio-style scenarios on real QCoro coroutines and times them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tasks are composed: %1. Default: gather.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: the two modes to compare. Default: sequential,gather.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a,b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real (default) or virtual (instant and exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real clock speed factor, %1 to %2. Default: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Chrome trace (open it in Perfetto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the spans as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the run as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: which scenario? Give a built-in id or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes --modes a,b, not --mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--modes takes exactly two modes, such as sequential,gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--modes is for compare; run takes --mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown clock &quot;%1&quot; (expected real or virtual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en or ko)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the timeline chart: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en or ko. Default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: open this scenario (built-in id or file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: start running at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a command: run or compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (expected %2, or compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart %1: unknown chart format &quot;%2&quot; (expected png, svg or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the port to listen on. Default: any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port is for serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number from 0 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seconds must be a number from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected run, compare, code, list, serve or bench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: the language of the program, python (default) or cpp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as is for code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as %1: expected python or cpp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench paint: how many spans the recorded run has. Default: 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench paint: spread the spans over this many lanes. Default: two spans a lane, as in a crowd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench paint: how many frames to paint. Default: 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for bench paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for bench sleepers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count is for bench sleepers and the crowd scenario (as in &quot;run crowd --count 100000&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench sleepers and bench window: how many coroutines (default: 100000); run, compare and code: the size of the crowd scenario (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench paint and bench window: the width of the view. Default: 1280.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench paint and bench window: the height of the view. Default: 800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not for bench window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run and compare: tell the event loop&apos;s story, one sentence per scheduling event with its time, instead of the printed lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--narrate is for run and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: give two .py programs, as in &quot;compare a.py b.py&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a scenario, not a .py program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for scenarios: a .py program runs as it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare SCENARIO: run it in --mode on the app&apos;s QCoro engine and, under CPython, the Python program &quot;code&quot; writes for it (or PROGRAM.py when given), both on the virtual clock; list every difference in order or time (over 1 µs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:
  corokitchen run kitchen --mode gather
  corokitchen compare kitchen --clock virtual --trace kitchen.json
  corokitchen run my-scenario.json --mode bounded:2 --speed 10
  corokitchen run crowd --count 100000 --clock virtual
  corokitchen run blocking-call --mode gather --narrate
  corokitchen run my_program.py --chart my_program.png
  corokitchen compare one_by_one.py gathered.py --trace both.json
  corokitchen compare kitchen --with-cpython --mode gather --chart both.png
  corokitchen compare kitchen kitchen_gather.py --with-cpython --mode gather
A .py program runs under the system&apos;s python3 (3.11 or newer) on the virtual clock unless --clock real; it prints its own lines and total. compare --with-cpython exits 0 when the two runs agree, 1 when they differ.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-cpython is for compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare --with-cpython: give the scenario first, then the program, as in &quot;compare kitchen kitchen_gather.py --with-cpython&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not for compare --with-cpython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare --with-cpython runs on the virtual clock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare --with-cpython takes --mode, not --modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run PROGRAM.py: never run the program but convert it to a scenario (it must be plain: sleeps, awaits, gather, create_task, prints) and run that on the QCoro engine, in the mode its main() composes its tasks in unless --mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-scenario is for run PROGRAM.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run and compare of a .py: stop the program after this many seconds of its own time (virtual or real). Default: 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run and compare of a .py: stop the program after this many seconds of wall time. Default: 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for a .py program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: expected a whole number of seconds from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: system, light or dark. Default: the last chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme is for the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected system, light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: open in presentation mode (full screen, large type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario, --autorun and --present are for the window; %1 takes the scenario as its argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench sleepers: how long each sleeps. Default: 1. bench idle: how long the one sleep waits. Default: 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run SCENARIO | compare SCENARIO | run PROGRAM.py | compare A.py B.py | compare SCENARIO [PROGRAM.py] --with-cpython | code SCENARIO | list | serve | bench sleepers | bench idle | bench paint | bench window; without a command the window opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count is for bench sleepers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench window: with every teaching view on (the View menu&apos;s panels, flows and critical path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: expected &quot;bench sleepers [--count N] [--seconds S]&quot;, &quot;bench idle [--seconds S]&quot;, &quot;bench paint [--spans N] [--width W]&quot; or &quot;bench window [--count N] [--speed X] [--teaching]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--teaching is for bench window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart: draw who woke whom, as View &gt; Flows does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart: frame the critical path, as View &gt; Critical Path does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 draws on the chart: give --chart FILE too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlTransferPainter</name>
    <message>
        <source>locals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, its locals kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame gone, with its locals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value carried across</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CppProgram</name>
    <message>
        <source>&lt;p&gt;Both programs print the same lines in the same order. A Python coroutine object does nothing until it is awaited or wrapped in a task; a &lt;code&gt;QCoro::Task&lt;/code&gt; starts running the moment it is called, up to its first &lt;code&gt;co_await&lt;/code&gt;. So &lt;code&gt;await brew()&lt;/code&gt; is simply &lt;code&gt;co_await brew()&lt;/code&gt;, but where &lt;code&gt;asyncio.gather()&lt;/code&gt; and &lt;code&gt;asyncio.create_task()&lt;/code&gt; start a coroutine on the next turn of the event loop, the C++ program defers it with &lt;code&gt;ck::spawn&lt;/code&gt;. QCoro 0.8 has no event loop of its own, no gather, semaphore or event: &lt;code&gt;ck::Scheduler&lt;/code&gt;, &lt;code&gt;ck::gather&lt;/code&gt;, &lt;code&gt;ck::AsyncSemaphore&lt;/code&gt; and &lt;code&gt;ck::AsyncEvent&lt;/code&gt; are CoroKitchen&apos;s, the ones the app itself runs on, with asyncio&apos;s timing: a &lt;code&gt;ck::Task&lt;/code&gt; is done when its coroutine returns, and whoever awaits it goes on one turn of the loop later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticalPath</name>
    <message>
        <source>%1&apos;s %2 sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 blocking call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 call in a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the waits of a critical path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The total is set by %1: one after the other, they add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is set by %1; the other waits overlap it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is set by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrowdScenario</name>
    <message>
        <source>%1: the crowd&apos;s size must be a whole number from 1 to %2, as in crowd:100000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoListing</name>
    <message>
        <source>a, b and c live only while add runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when add ends, calc carries on here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never ends, so it can keep receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pauses here; send(v) puts v in x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates it; its body has not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs it to its first yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends %1 into the coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <extracomment>What add() prints in the seed&apos;s program: its name (&quot;add 함수&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc</source>
        <extracomment>What calc() prints in the seed&apos;s program: its name (&quot;calc 함수&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadExecutor</name>
    <message>
        <source>the embedded server could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body exceeds max_bytes (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body of %1 bytes exceeds max_bytes (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message>
        <source>a download from a URL needs the real clock (the virtual clock can only simulate {&quot;bytes&quot;: N} downloads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download&quot; takes an object such as {&quot;bytes&quot;: 100000}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadStepParser</name>
    <message>
        <source>&quot;download&quot; must be an object such as {&quot;url&quot;: &quot;https://...&quot;} or {&quot;bytes&quot;: 100000, &quot;rate&quot;: 50000}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a download needs exactly one of &quot;url&quot; and &quot;bytes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http(s) URL, or a path on the embedded server such as &quot;/bytes/1000&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes with &quot;bytes&quot;, not with &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rate&quot; must be a number of bytes per second from 0 (unlimited) to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of bytes from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;each&quot; must be the name of a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;max_bytes&quot; goes with &quot;url&quot;, not with &quot;bytes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FString</name>
    <message>
        <source>a single &quot;}&quot; at character %1: write &quot;}}&quot; for a brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{&quot; at character %1 must begin a placeholder such as {data} (a variable&apos;s name), or be written &quot;{{&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FidelityCheck</name>
    <message>
        <source>lines %1 and %2: the order differs: the app prints %3 first, CPython %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: only CPython prints %2 (at %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: only the app prints %2 (at %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the app prints %2, CPython %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2): at %3 s in the app, %4 s in CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: only in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts at %2 s in the app, %3 s in CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends at %2 s in the app, %3 s in CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends %2 in the app, %3 in CPython</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FidelityResult</name>
    <message>
        <source>no difference: %1 tasks, %2 lines agree within 1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differences between the app and CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeverStep</name>
    <message>
        <source>&quot;forever&quot; must be an array of steps, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop never awaits anything that suspends, so it would block the event loop forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while True ends only when its task is cancelled: that needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;forever&quot; takes an array of steps such as [{&quot;wait&quot;: 1}, {&quot;log&quot;: &quot;tick&quot;}]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatherStep</name>
    <message>
        <source>&quot;gather&quot; must be an array of routine names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;gather&quot; needs at least one routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many routines in one gather: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;return_exceptions&quot; must be true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;as&quot; cannot go with &quot;return_exceptions&quot;: exceptions are not values a scenario keeps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClientConnection</name>
    <message>
        <source>https is not available: no TLS support in this Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>response head exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed without a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed inside the response head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated body: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated body: connection closed inside the chunked body after %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunked encoding: a framing line exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed status line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected interim response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported transfer encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Content-Length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunked encoding: chunk size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunked encoding: %1 after a chunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1 must be a text: a string or {&quot;en&quot;: &quot;...&quot;, &quot;ko&quot;: &quot;...&quot;}, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text needs &quot;en&quot; or &quot;ko&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 seconds, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFormat</name>
    <message>
        <source>Total execution time : %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total execution time (%1) : %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speedup : n/a (%1 took no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speedup : %1x (%2 against %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogStep</name>
    <message>
        <source>f-string: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopState</name>
    <message>
        <source>%1: waiting for a slot in queue “%2” (%3/%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedObjectReader</name>
    <message>
        <source>&quot;objects&quot; must be an array such as [{&quot;name&quot;: &quot;machine&quot;, &quot;type&quot;: &quot;Lock&quot;}], found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many objects: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object %1 is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object must be an object such as {&quot;name&quot;: &quot;machine&quot;, &quot;type&quot;: &quot;Lock&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object&apos;s &quot;name&quot; must be an identifier (a letter or _, then letters, digits or _), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 takes no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>asyncio.gather wraps %1 in a task of its own: it is ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is created as a task: it is ready and starts on a later loop iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.run starts main()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer of %1 fires: %1 joins the ready queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop resumes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2, which blocks: the whole loop stops and nothing else can run until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns from its blocking call: the loop is free again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main() awaits %1(): the task runs inside main&apos;s own task, like a plain call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 awaits %2(): the routine runs inside the same task without giving the loop back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() returns to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prints “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of %2&apos;s download arrives (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 (its timer fires at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended until data arrives: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until all of them are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until that task is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for %2 to finish first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main() returns: asyncio.run closes the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing is ready, so the loop is idle until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the loop starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the loop resumes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.run cancels %1, which nobody awaited: it never gets to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2() without await: Python makes a coroutine object, never runs it, and warns “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2: a worker thread runs the blocking call, and the loop runs other tasks meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker thread returns from %1&apos;s blocking call: %1 joins the ready queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception reaches main(): main() raises %1, asyncio.run cancels what is still running and the program ends with its traceback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 catches “%2” in an except clause and goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2, but %3 is done already: cancel() returns False and does nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2 on itself: it goes on running, and CancelledError is raised at its next await</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2: %3 gets CancelledError at the await it is suspended on, when the loop next runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.wait_for wraps %1 in a task of its own: it is ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2: if the routine has not ended in %3, it is cancelled and TimeoutError is raised in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: its wait_for&apos;s timeout has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tg.create_task makes %1 a task of the TaskGroup: it is ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at the end of async with %2 until all its tasks are done; the first one to raise cancels the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: another task of its TaskGroup raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() returns %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends cancelled: CancelledError went up through it, and whoever awaits it gets CancelledError too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until another task calls %3.set()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2: it has released the lock of “%3” and waits until another task calls %3.notify() or %3.notify_all()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for “%2”: other tasks queued for it first (await %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for a free slot of the semaphore “%2”, held by %3 (await %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for the lock “%2” held by %3 (await %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.as_completed wraps %1 in a task of its own: it is ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.create_task makes %1 a task for asyncio.wait: it is ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await next_done of %2 until the next of them is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until its return_when is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the next to finish; %2 handles its result, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the next to finish; %2 handles its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 deadline of asyncio.timeout passes: %2 is cancelled at its await and TimeoutError is raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 catches “%2” from the ExceptionGroup in an except* clause and goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 catches “%2” in an except* clause and goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits: the queue “%2” is full (%3 of %3), until a get() takes an item out (await %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits: the queue “%2” is empty, until a put() brings an item (await %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits at await %2 until every item put in “%3” is marked done with task_done()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.create_task makes %1 a task: it is ready and starts on a later loop iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.Task(%1()) makes %1 a task: it is ready and starts on a later loop iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.%1 wraps %2 in a task of its own: it is ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 released the lock at %3, and %1 holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 set the event at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 notified it at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 put the item it gets at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 took an item out at %3, which makes room for its put</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectCallStep</name>
    <message>
        <source>%1 must be the name of one of the scenario&apos;s objects, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitfallFinder</name>
    <message>
        <source>Missed concurrency: awaiting one by one took %1; gather would take ≈ %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed concurrency: blocking one by one took %1; awaiting with gather would take ≈ %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocking call: %1 in %2 held the event loop for %3, and nothing else could run meanwhile. Await asyncio.sleep instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking calls: %1 in %2 and %3 more held the event loop for %4 in all, and nothing else could run meanwhile. Await asyncio.sleep instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed concurrency: awaiting one by one took %1; with gather the waits would overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed concurrency: blocking one by one took %1; awaiting with gather, the waits would overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed concurrency: awaiting one by one took %1; gather would take at least %2, more while tasks wait for each other&apos;s locks and events, or for a worker thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed concurrency: blocking one by one took %1; awaiting with gather would take at least %2, more while tasks wait for each other&apos;s locks and events, or for a worker thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task never awaited: %1 was created with %2 but nobody awaited it, so when main() returned at %3 asyncio.run cancelled it before its end. Keep the task and await it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionQuiz</name>
    <message>
        <source>The run took %1; you guessed %2. Within 10 % counts as right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The run prints only %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” comes at position %2: the run prints it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put “%1” before “%2”, but %3 prints “%2” at %4 and %5 prints “%1” only at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put “%1” before “%2”: both are printed at %3, and at that moment the loop runs %4 before %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put “%1” before “%2”, but %3 prints “%2” first (both at %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramPitfallFinder</name>
    <message>
        <source>Missed concurrency: %1 were awaited one by one and took %2, each of them suspended most of its time; awaited together with asyncio.gather they would take ≈ %3, %4 less, if none needs another&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coroutine never awaited: %1() was called, but the coroutine it made was never awaited, so its body never ran (Python&apos;s RuntimeWarning says so). Await it, or make it a task with asyncio.create_task.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProgramScenario</name>
    <message>
        <source>cannot make a folder for the Python harness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion to a scenario did not end in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion to a scenario failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted scenario is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion to a scenario named no mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonHarness</name>
    <message>
        <source>python3 3.11 or newer is needed to run a .py program; none was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 3.11 or newer is needed to run a .py program; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1 for the Python harness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the Python harness to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python harness is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonTraceReader</name>
    <message>
        <source>a line of %1 bytes is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python trace is malformed at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python trace ended without its end line, after line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python harness wrote no trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ev&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the start, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time goes back from %1 s to %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second start line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is created twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second main task while the first runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task resumes after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task suspends while it is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;await&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task ends twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown call state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blocking call starts after it returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worker&apos;s call ends before it starts or after the line&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;task&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; must be an array of task ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueStep</name>
    <message>
        <source>%1 must be the name of one of the scenario&apos;s queues, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;put&quot; must be an object such as {&quot;queue&quot;: &quot;orders&quot;, &quot;item&quot;: &quot;latte&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;get&quot; must be the name of a queue or an object such as {&quot;queue&quot;: &quot;orders&quot;, &quot;as&quot;: &quot;item&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;put&quot; takes an object such as {&quot;queue&quot;: &quot;orders&quot;, &quot;item&quot;: &quot;latte&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;queue&quot; or &quot;item = queue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseStep</name>
    <message>
        <source>&quot;raise&quot; must be an object such as {&quot;type&quot;: &quot;ValueError&quot;, &quot;message&quot;: &quot;bad response&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;message&quot; must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;message&quot; must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;Type: message&quot; with a type among %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectPolicy</name>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to %1 refused: only http and https URLs are followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from https to http refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from a public host to a local address refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from a public host to a local address refused: %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatStep</name>
    <message>
        <source>&quot;repeat&quot; must be an object such as {&quot;times&quot;: 3, &quot;as&quot;: &quot;i&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;times&quot; must be a whole number from 0 to %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;repeat&quot; takes an object such as {&quot;times&quot;: 3, &quot;as&quot;: &quot;i&quot;, &quot;steps&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its while True loop went round %1 times, the most a run allows: a loop that never lets time move would hang the event loop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPreflight</name>
    <message>
        <source>nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSelection</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>the file is larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object such as {&quot;format&quot;: %1, ...}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioObjects</name>
    <message>
        <source>an object is written as its type (%1) and, for a Semaphore&apos;s value or a Queue&apos;s maxsize, a number: &quot;Queue 2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 takes no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>&quot;tasks&quot; must be an array of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; must hold at least one task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;routines&quot; must be an array of routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string of a-z, 0-9, _ and -, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many tasks and routines: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many steps in total: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task must be an object with &quot;name&quot; and &quot;steps&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine must be an object with &quot;name&quot; and &quot;steps&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be an identifier (a letter or _, then letters, digits or _), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;after&quot; must be an array of task names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task name must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be an array of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many steps: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step must be an object such as {&quot;wait&quot;: 1}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs a kind (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step has exactly one kind, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;awaited&quot; must be true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;threads&quot; must be a whole number of worker threads from 1 to %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many steps in total: more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block of steps must be an array of steps, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks nest too deep (the limit is %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioSource</name>
    <message>
        <source>unknown scenario %1: neither a built-in (%2) nor a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>%1 is defined twice (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task %1 (that name is a routine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown routine %1 (that name is a task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many nested routine calls: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task that is never awaited cannot come after other tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is never awaited, so no task can come after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run would take more than %1 steps (a routine&apos;s steps count each time it is awaited, a download&apos;s chunks one each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run would last more than %1 seconds (its waits, blocks and downloads added up, a routine&apos;s each time it is awaited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run would start %1 coroutines; the limit is %2 (one per task, and one per routine each time it is awaited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run would record %1 spans; the limit is %2 (one per task, routine, wait, block, gather, download and chunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run would print %1 log lines; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run would write %1 characters of log lines and names; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown object %1 (declare it in &quot;objects&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown object %1 (that name is a task or routine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an asyncio.%2, not an %3 (%4 takes that)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be inside {&quot;async_with&quot;: {&quot;object&quot;: %2, ...}}: CPython raises RuntimeError when the condition&apos;s lock is not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held already by an async_with around this one: a %2 cannot be taken twice, the task would wait for itself forever</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondsText</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>serve needs an application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving on %1 (Ctrl+C to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try: curl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create_task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks[%1] &quot;%2&quot; comes after &quot;%3&quot;, which runs later in %4 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks[%1] &quot;%2&quot; is created as a task and never awaited: that needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskGroup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>control character U+%1 in a string (write it as an escape such as \n, \t or \u0001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape %1 in a string (write \\ for a backslash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal number %1 (JSON needs a digit on each side of the point, as in 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal number %1 (JSON numbers have no leading zeros)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncObjects</name>
    <message>
        <source>deadlock: every task left waits for a Lock, Event or Condition that no task will release, set or notify, or comes after a task that failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskGroupStep</name>
    <message>
        <source>&quot;task_group&quot; must be an array of routine names, at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many routines in one task group: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs its routines in an asyncio.TaskGroup: a TaskGroup needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimedStep</name>
    <message>
        <source>&quot;%1&quot; takes a number of seconds, such as 1.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineSummary</name>
    <message>
        <source>Nothing has run yet: Run (F5) fills the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lanes %2, spans %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>%1 %2</source>
        <comment>run label, total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended (await)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (time.sleep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>lane: span</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <comment>start–end seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes received of expected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <comment>kilobytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>gigabytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>bytes per second</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB —</source>
        <comment>time to first byte, none yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFB %1</source>
        <comment>time to first byte</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 … %2 (%n lanes)</source>
        <translation>
            <numerusform>%1 … %2 (%n lane)</numerusform>
            <numerusform>%1 … %2 (%n lanes)</numerusform>
        </translation>
    </message>
    <message>
        <source>returned %1</source>
        <comment>a routine&apos;s value, as Python&apos;s repr</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting a worker thread (to_thread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running on a worker thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised, caught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised %1, caught by %2</source>
        <comment>exception, except clause</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running on a worker thread (time.sleep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best in this mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best total in this mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on a queue, lock, event or semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who wakes whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical path (sets the total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released, set, notified, put or got: wakes a waiter</source>
        <comment>legend: the dashed arrow of a Lock, Event, Condition or Queue waking a task</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeoutStep</name>
    <message>
        <source>&quot;timeout&quot; must be an object such as {&quot;seconds&quot;: 2, &quot;steps&quot;: [...]}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs steps in async with asyncio.timeout(%1): a timeout needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timeout&quot; takes an object such as {&quot;seconds&quot;: 2, &quot;steps&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>main routine: calc()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subroutine: add()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller (main routine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coroutine: number_coroutine()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused at yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for add to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone: its locals went with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no locals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program calls calc(), the main routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc calls %1: control jumps into the subroutine, with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add computes %1 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add returns: control goes back to calc, right after the call, and add&apos;s locals are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes a coroutine object; none of its code has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts the coroutine: it runs up to its first yield.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coroutine pauses at yield and control goes back to the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coroutine pauses at yield and control goes back to the caller; it keeps %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resumes the coroutine at its yield; %2 becomes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add prints %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coroutine prints %1, then loops back to its yield.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc carries on and prints %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc returns and the program ends; add ran once and nothing of it is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ends with the coroutine still paused at its yield, holding %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TryStep</name>
    <message>
        <source>&quot;try&quot; must be an object such as {&quot;steps&quot;: [...], &quot;except&quot;: [...], &quot;finally&quot;: [...]}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a try needs &quot;except&quot; or &quot;finally&quot; (or both), as in Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many except clauses: %1 (the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an except clause must be an object such as {&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be an exception class among %1, or an array of them, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;try&quot; takes an object such as {&quot;steps&quot;: [...], &quot;except&quot;: [{&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a try cannot have both &quot;except&quot; and &quot;except*&quot;, as in Python (SyntaxError: cannot have both &apos;except&apos; and &apos;except*&apos; on the same &apos;try&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty array of clauses such as {&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]}, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>except* cannot catch ExceptionGroup, as in Python (TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return cannot be in an except* clause, as in Python (SyntaxError: &apos;break&apos;, &apos;continue&apos; and &apos;return&apos; cannot appear in an except* block)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlScenario</name>
    <message>
        <source>line %1: %2 is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: too many URLs (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URLs: paste one http(s) URL per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted URLs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableFlow</name>
    <message>
        <source>a task does not return a value here: its value is its &quot;result&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return values, variables and f-strings inside a try are not followed yet: use them outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 is used before it is bound in this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable %1: bind it in this function first, with &quot;as&quot; in a call or gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable cannot be called %1: the programs use that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 += needs %1 bound before in this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list += str would add the characters one by one; return a list or bind a str</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; returns the variable itself: the Korean text must be the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return values, variables and f-strings inside an async_with are not followed yet: use them outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values bound or returned inside a loop are not followed yet: use them outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loop&apos;s int: += on it is not followed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loop&apos;s int: returning it is not followed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item got from a queue is put back in an f-string that makes it longer each round: its length is not followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitForStep</name>
    <message>
        <source>&quot;wait_for&quot; must be an object such as {&quot;routine&quot;: &quot;slow_api&quot;, &quot;timeout&quot;: 2}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it awaits asyncio.wait_for(%1(), timeout=...): wait_for needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;routine, seconds&quot;, such as slow_api, 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitTasksStep</name>
    <message>
        <source>&quot;wait_tasks&quot; must be an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;return_when&quot;: &quot;FIRST_COMPLETED&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;routines&quot; must be an array of 1 to %1 routine names, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;return_when&quot; must be one of %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cancel_pending&quot; must be true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.wait needs an event loop, and sync mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wait_tasks&quot; takes an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;return_when&quot;: &quot;FIRST_COMPLETED&quot;, &quot;cancel_pending&quot;: true}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>corokitchen: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are empty). Try xvfb-run, or a headless command such as: corokitchen compare kitchen --chart kitchen.png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::CodePanel</name>
    <message>
        <source># %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>// %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python asyncio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++20 with QCoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which run of the comparison the programs follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Python and C++ differ: a QCoro::Task starts when called, a Python coroutine object does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 tasks are more than this view shows (%3 at most).
%1 The command line writes the whole program:
%1   corokitchen code %4 --as %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ControlTransferPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play one step after another (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main routine and subroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coroutine receiving values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the seed&apos;s two programs to step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the program again from its first step (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::DownloadsPanel</name>
    <message>
        <source>%1 / %2</source>
        <comment>bytes received / expected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of an unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first byte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <comment>failure reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first byte: from the request to the first bytes that arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each download of the run gets a row here, filled as its bytes arrive. File → Download URLs… (Ctrl+U) runs URLs of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::EventLoopPanel</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended on a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended, awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (holds the loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: BLOCKED by %1 in %2 until %3 — nothing else can run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: closed, main() has returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: picking the next ready coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: idle, waiting for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: idle until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next timers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop: not followed. This view follows runs of up to %1 tasks; a run of %2 records no loop events, to keep its memory small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ExportActions</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy yet: run the scenario first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: nothing to export yet, run the scenario first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome trace JSON for Perfetto (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoroKitchen run JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::FidelityRun</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::LessonBanner</name>
    <message>
        <source>Hide the lesson text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::LoopbackServer</name>
    <message>
        <source>The loopback server is already listening on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::MainWindow</name>
    <message>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the scenario in this mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoroKitchen scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CoroKitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoroKitchen %1&lt;/h3&gt;&lt;p&gt;Makes asynchronous concurrency visible: real QCoro coroutines on the Qt event loop, drawn live on a timeline, sequential and concurrent side by side.&lt;/p&gt;&lt;p&gt;Qt %2 · QCoro 0.8&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CoroKitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario seconds per real second (real clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the virtual clock: the whole timeline at once, exact to the nanosecond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CoroKitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download these URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant switched off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;URLs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste URLs and download them, one by one or concurrently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event loop panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narration panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coroutine basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coroutine basics: routines, subroutines, yield and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last scheduling event (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next scheduling event happens (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the finished run at the replay speed, or pause (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub through the run; clicking the timeline does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed: scenario seconds per real second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step and replay work on a finished run: run it first (Instant runs it at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: %1 s of %2 s, event %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the current scenario in the editor (a built-in as a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario edi&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor — %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sleepers the crowd has (up to 1,000,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode %1 (expected sequential, gather, create-task, bounded:N, task-group or compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a Python program may run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python program runs as it is written: the modes are for scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1? It is a Python program and will run with your rights: it can read, write and delete your files. Run only programs you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the rest of the standard error was dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time a Python program may run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Python program, run by python3 under the app&apos;s harness. On the virtual clock (Instant) every sleep takes no wall time and every time is exact; waits for real I/O advance it by the real time they took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoroKitchen scenarios and Python programs (*.json *.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own time (virtual or real) it may run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck with CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario in its mode on the app&apos;s engine and as Python under CPython, and compare the two (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check with CPython</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPython could not run the program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with CPython: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with CPython…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check with CPython was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with CPython stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as Scena&amp;rio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a plain Python program to a scenario (read, never run) and run it on the app&apos;s engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open This &amp;Program as a Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Python program as a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python programs (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the program as a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion made no scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The timeline shows the last valid version of the edited scenario: the editor holds an error (see under its tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step for&amp;ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind to the st&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PN&amp;G scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;dict, then Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the lines the run will print and guess its total, then run it and see (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flo&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the waits that set the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rediction panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical Pat&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind the finished run to its start (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the replay: the whole run again (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 as a scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building a crowd of %1 tasks… it runs once it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building a crowd of %1 tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows for who wakes whom: a task created, a timer firing, a gather fanning out and in, a semaphore handing a slot on, a lock released, an event set, a condition notified, a queue&apos;s put or get waking a waiter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ModeActions</name>
    <message>
        <source>await each task before starting the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.gather: start every task, then await them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create_&amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.create_task for each task, then await the tasks one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gather, at most N tasks at a time (asyncio.Semaphore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run sequential and gather together on one loop and one time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tasks Bounded runs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async with asyncio.TaskGroup(): tg.create_task for each task; the first failure cancels the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;quential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskGro&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::PitfallBanner</name>
    <message>
        <source>Re-run with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::PitfallSearch</name>
    <message>
        <source>%1: %2</source>
        <comment>run: pitfall</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::PredictDialog</name>
    <message>
        <source>Predict, then run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will %1 print, and in which order? Drag the lines into order (or move the selected one with Alt+Up and Alt+Down), guess the total time, then run it and see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prints nothing: guess its total time, then run it and see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a line, or move the selected one with Alt+Up and Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, the timeline in large type and the result as a headline (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: run, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: next mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation: show or hide the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space runs the scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::PythonProgramRun</name>
    <message>
        <source>the program ran for %1 s of wall time, the limit, and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s trace passed %1 MiB, the limit, and it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s trace has a line longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 ended without finishing the trace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program was stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program ran for %1 s of its own time, the limit, and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::QuizPanel</name>
    <message>
        <source>%1 of %2 lines in the right place; the total: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction: each line is marked as the run prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run → Predict, then Run: order the lines a run will print, guess its total, and see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Total: you guessed %2, the run took %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: you guessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All right: well predicted!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::RunController</name>
    <message>
        <source>nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ScenarioEditor</name>
    <message>
        <source>+ Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine that tasks can call or gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it down (Alt+Down)</source>
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
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a Lock, Event, Semaphore, Condition or Queue that steps name (Alt+Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected task, routine, step or object (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid — tasks: %1, routines: %2, objects: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone last (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ScenarioPicker</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ScenarioTree</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::SummaryPanel</name>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2× faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2× slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F5 to run the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done, %n failed</source>
        <translation>
            <numerusform>done, %n failed</numerusform>
            <numerusform>done, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>bytes · time to first byte · throughput</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a run&apos;s label: what set its total</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::ThemeAction</name>
    <message>
        <source>Dar&amp;k theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark window; every colour and icon follows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ck::UrlDialog</name>
    <message>
        <source>1 URL: task get_1 downloads it on the real clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n URLs: tasks get_1 … get_%n download them on the real clock.</source>
        <translation>
            <numerusform>%n URL: task get_%n downloads it on the real clock.</numerusform>
            <numerusform>%n URLs: tasks get_1 … get_%n download them on the real clock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste one http(s) URL per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One http(s) URL per line, at most %1; blank lines and lines starting with # are skipped. Each URL becomes a task that downloads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/report.pdf
https://example.com/photo.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run concurrently (gather)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one by one (sequential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
