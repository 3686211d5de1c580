<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
    <name>CliApp</name>
    <message>
        <source>corokitchen: task %1</source>
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
        <source>Language of the scenario&apos;s lines: en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run SCENARIO | compare SCENARIO | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:
  corokitchen run kitchen --mode gather
  corokitchen compare kitchen --clock virtual --trace kitchen.json
  corokitchen run my-scenario.json --mode bounded:2 --speed 10
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected run, compare or list)</source>
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
    <name>RunContext</name>
    <message>
        <source>stopped</source>
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
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
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
        <source>&quot;call&quot; must be the name of a routine, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download steps are not supported yet</source>
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
</context>
<context>
    <name>TaskExecutor</name>
    <message>
        <source>it comes after %1, which failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
