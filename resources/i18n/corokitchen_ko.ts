<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Crowd size</source>
        <translation>군중 크기</translation>
    </message>
    <message>
        <source>How many sleeping tasks the crowd scenario starts</source>
        <translation>군중 시나리오가 시작하는 잠자는 태스크의 수</translation>
    </message>
    <message>
        <source>Bounded limit</source>
        <translation>동시 실행 한도</translation>
    </message>
    <message>
        <source>How many tasks may run at once in the Bounded mode (an asyncio.Semaphore)</source>
        <translation>Bounded 모드에서 한 번에 실행할 수 있는 태스크 수 (asyncio.Semaphore)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Scenario seconds per real second on the real clock</source>
        <translation>실제 시계에서 실제 1초 동안 흐르는 시나리오 시간(초)</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>다시 보기 위치</translation>
    </message>
    <message>
        <source>The moment of the run the views show; the arrow keys step through its events</source>
        <translation>보기들이 보여 주는 실행 시점입니다. 화살표 키로 이벤트를 하나씩 넘깁니다</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>다시 보기 속도</translation>
    </message>
    <message>
        <source>How fast the replay plays the run</source>
        <translation>다시 보기가 실행을 재생하는 빠르기</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Each download with its size, progress, rate and time to the first byte</source>
        <translation>각 다운로드의 크기, 진행률, 속도, 첫 바이트까지의 시간</translation>
    </message>
    <message>
        <source>Scenario structure</source>
        <translation>시나리오 구조</translation>
    </message>
    <message>
        <source>The scenario&apos;s tasks and their steps, to edit</source>
        <translation>편집할 수 있는 시나리오의 태스크와 단계</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>코루틴</translation>
    </message>
    <message>
        <source>Each coroutine and its state on the event loop at this moment</source>
        <translation>지금 이벤트 루프에 있는 각 코루틴과 그 상태</translation>
    </message>
    <message>
        <source>Switches to the mode that avoids the pitfall and runs it</source>
        <translation>이 함정을 피하는 모드로 바꿔 실행합니다</translation>
    </message>
    <message>
        <source>Hides this warning until the run shows another pitfall</source>
        <translation>실행에서 다른 함정이 보일 때까지 이 경고를 숨깁니다</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>설명 닫기</translation>
    </message>
    <message>
        <source>Hides the lesson text above the timeline</source>
        <translation>타임라인 위의 설명 글을 숨깁니다</translation>
    </message>
    <message>
        <source>Shows or hides where the Python and the C++ programs differ</source>
        <translation>Python 프로그램과 C++ 프로그램이 다른 곳을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>도구 더 보기</translation>
    </message>
    <message>
        <source>Shows the toolbar&apos;s controls that do not fit in the window</source>
        <translation>창에 다 들어가지 않는 도구 모음 컨트롤을 보여 줍니다</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>메뉴 더 보기</translation>
    </message>
    <message>
        <source>Shows the menus that do not fit in the window</source>
        <translation>창에 다 들어가지 않는 메뉴를 보여 줍니다</translation>
    </message>
    <message>
        <source>Shows the tabs further left</source>
        <translation>왼쪽에 있는 탭을 보여 줍니다</translation>
    </message>
    <message>
        <source>Shows the tabs further right</source>
        <translation>오른쪽에 있는 탭을 보여 줍니다</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Each run&apos;s total, its speedup and its lanes&apos; times</source>
        <translation>실행별 총 시간, 속도 향상, 레인별 시간</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>나의 예측</translation>
    </message>
    <message>
        <source>The lines in the order you predicted, each marked right or wrong as the run prints it</source>
        <translation>예측한 순서대로 놓인 줄들. 실행이 각 줄을 출력할 때마다 맞았는지 틀렸는지 표시됩니다</translation>
    </message>
</context>
<context>
    <name>AsCompletedStep</name>
    <message>
        <source>&quot;as_completed&quot; must be an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;as&quot;: &quot;result&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation>&quot;as_completed&quot;는 {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;as&quot;: &quot;result&quot;, &quot;steps&quot;: [...]} 같은 객체여야 합니다. 찾은 값: %1</translation>
    </message>
    <message>
        <source>&quot;routines&quot; must be an array of 1 to %1 routine names, found %2</source>
        <translation>&quot;routines&quot;는 루틴 이름 1개에서 %1개까지의 배열이어야 합니다. 찾은 값: %2</translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation>루틴 이름은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>asyncio.as_completed needs an event loop, and sync mode has none</source>
        <translation>asyncio.as_completed에는 이벤트 루프가 필요한데 sync 모드에는 없습니다</translation>
    </message>
    <message>
        <source>&quot;as_completed&quot; takes an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;as&quot;: &quot;result&quot;, &quot;steps&quot;: [...]}</source>
        <translation>&quot;as_completed&quot;는 {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;as&quot;: &quot;result&quot;, &quot;steps&quot;: [...]} 같은 객체를 받습니다</translation>
    </message>
</context>
<context>
    <name>AsyncWithStep</name>
    <message>
        <source>&quot;async_with&quot; must be an object such as {&quot;object&quot;: &quot;machine&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation>&quot;async_with&quot;는 {&quot;object&quot;: &quot;machine&quot;, &quot;steps&quot;: [...]} 같은 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>&quot;object&quot; must be the name of one of the scenario&apos;s objects, found %1</source>
        <translation>&quot;object&quot;는 시나리오의 객체 중 하나의 이름이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>it uses the asyncio object “%1”, which needs an event loop, and sync mode has none</source>
        <translation>asyncio 객체 “%1”을(를) 쓰는데, 이 객체에는 이벤트 루프가 필요하고 sync 모드에는 이벤트 루프가 없습니다</translation>
    </message>
    <message>
        <source>&quot;async_with&quot; takes an object such as {&quot;object&quot;: &quot;machine&quot;, &quot;steps&quot;: [...]}</source>
        <translation>&quot;async_with&quot;에는 {&quot;object&quot;: &quot;machine&quot;, &quot;steps&quot;: [...]} 같은 객체를 씁니다</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>데이터를 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>BuiltinScenarios</name>
    <message>
        <source>unknown built-in scenario %1 (expected %2)</source>
        <translation>알 수 없는 기본 제공 시나리오 %1 (%2 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>CallStep</name>
    <message>
        <source>&quot;routine&quot; must be the name of a routine, found %1</source>
        <translation>&quot;routine&quot;은 루틴 이름이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;call&quot; must be the name of a routine or an object such as {&quot;routine&quot;: &quot;fetch&quot;, &quot;as&quot;: &quot;data&quot;}, found %1</source>
        <translation>&quot;call&quot;은 루틴 이름이거나 {&quot;routine&quot;: &quot;fetch&quot;, &quot;as&quot;: &quot;data&quot;} 같은 객체여야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;as&quot; and &quot;add_to&quot; cannot go together</source>
        <translation>&quot;as&quot;와 &quot;add_to&quot;는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 must be a variable&apos;s name (letters, digits and _, not a keyword of Python or C++), found %2</source>
        <translation>%1은 변수 이름(영문자, 숫자, _; Python이나 C++의 키워드는 안 됨)이어야 합니다. 실제 값: %2</translation>
    </message>
    <message>
        <source>expected &quot;routine&quot;, &quot;data = routine&quot; or &quot;data += routine&quot;</source>
        <translation>&quot;routine&quot;, &quot;data = routine&quot; 또는 &quot;data += routine&quot; 형식이어야 합니다</translation>
    </message>
</context>
<context>
    <name>CancelStep</name>
    <message>
        <source>&quot;cancel&quot; must be the name of a task, found %1</source>
        <translation>&quot;cancel&quot;은 태스크 이름이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>task.cancel() needs the task object, which only create-task mode keeps, not %1 mode</source>
        <translation>task.cancel()에는 태스크 객체가 필요한데, 그것을 가지고 있는 것은 create-task 모드뿐이고 %1 모드는 아닙니다</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>CoroKitchen timeline</source>
        <translation>CoroKitchen 타임라인</translation>
    </message>
    <message>
        <source>cannot export %1: unknown chart format &quot;%2&quot; (expected png, svg or pdf)</source>
        <translation>%1 파일을 내보낼 수 없습니다: 알 수 없는 차트 형식 &quot;%2&quot; (png, svg, pdf 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>PNG 인코더가 실패했습니다</translation>
    </message>
    <message>
        <source>cannot export %1: %2</source>
        <translation>%1 파일을 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a %1 × %2 pixel image is too large (at most %3 pixels a side)</source>
        <translation>%1 × %2 픽셀 이미지는 너무 큽니다 (한 변은 최대 %3 픽셀)</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 pixel image</source>
        <translation>%1 × %2 픽셀 이미지를 만들 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>%1 lanes, %2 per row</source>
        <translation>레인 %1개, 한 줄에 %2개씩</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>corokitchen: task %1</source>
        <translation>corokitchen: 작업 %1</translation>
    </message>
    <message>
        <source>corokitchen: hint: %1</source>
        <translation>corokitchen: 힌트: %1</translation>
    </message>
    <message>
        <source>corokitchen: the program&apos;s standard error was cut at %1 bytes</source>
        <translation>corokitchen: 프로그램의 표준 오류는 %1바이트에서 잘렸습니다</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CoroKitchen runs asyncio-style scenarios on real QCoro coroutines and times them.</source>
        <translation>CoroKitchen은 asyncio 스타일의 시나리오를 실제 QCoro 코루틴으로 실행하고 시간을 잽니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>How tasks are composed: %1. Default: gather.</source>
        <translation>작업을 조합하는 방식: %1. 기본값: gather.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>compare: the two modes to compare. Default: sequential,gather.</source>
        <translation>compare: 비교할 두 모드. 기본값: sequential,gather.</translation>
    </message>
    <message>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <source>real (default) or virtual (instant and exact).</source>
        <translation>real(기본값) 또는 virtual(즉시 실행, 정확한 시간).</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <source>Real clock speed factor, %1 to %2. Default: 1.</source>
        <translation>real 시계의 속도 배율, %1~%2. 기본값: 1.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>Write a Chrome trace (open it in Perfetto).</source>
        <translation>Chrome 트레이스를 저장합니다(Perfetto에서 열 수 있습니다).</translation>
    </message>
    <message>
        <source>file.json</source>
        <translation>파일.json</translation>
    </message>
    <message>
        <source>Write the spans as CSV.</source>
        <translation>구간(span)을 CSV로 저장합니다.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>파일.csv</translation>
    </message>
    <message>
        <source>Write the run as JSON.</source>
        <translation>실행 결과를 JSON으로 저장합니다.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>%1: which scenario? Give a built-in id or a file</source>
        <translation>%1: 어떤 시나리오인가요? 기본 제공 시나리오 id나 파일을 지정하세요</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: 예상하지 못한 인수 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>compare takes --modes a,b, not --mode</source>
        <translation>compare에는 --mode가 아니라 --modes a,b를 사용합니다</translation>
    </message>
    <message>
        <source>--modes takes exactly two modes, such as sequential,gather</source>
        <translation>--modes에는 sequential,gather처럼 정확히 두 개의 모드를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--modes is for compare; run takes --mode</source>
        <translation>--modes는 compare에서 사용합니다; run에는 --mode를 사용합니다</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (expected %2)</source>
        <translation>알 수 없는 모드 &quot;%1&quot; (%2 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>unknown clock &quot;%1&quot; (expected real or virtual)</source>
        <translation>알 수 없는 시계 &quot;%1&quot; (real 또는 virtual이어야 합니다)</translation>
    </message>
    <message>
        <source>--speed must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--speed는 %1에서 %2 사이의 숫자여야 합니다 (&quot;%3&quot;은(는) 사용할 수 없습니다)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en or ko)</source>
        <translation>알 수 없는 언어 &quot;%1&quot; (en 또는 ko여야 합니다)</translation>
    </message>
    <message>
        <source>Write the timeline chart: .png, .svg or .pdf.</source>
        <translation>타임라인 차트를 저장합니다: .png, .svg 또는 .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Language: en or ko. Default: the system&apos;s.</source>
        <translation>언어: en 또는 ko. 기본값: 시스템 언어.</translation>
    </message>
    <message>
        <source>Window: open this scenario (built-in id or file).</source>
        <translation>창: 이 시나리오를 엽니다(기본 제공 id 또는 파일).</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Window: start running at once.</source>
        <translation>창: 바로 실행을 시작합니다.</translation>
    </message>
    <message>
        <source>--%1 needs a command: run or compare</source>
        <translation>--%1에는 명령이 필요합니다: run 또는 compare</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (expected %2, or compare)</source>
        <translation>알 수 없는 모드 &quot;%1&quot; (%2 또는 compare 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>--chart %1: unknown chart format &quot;%2&quot; (expected png, svg or pdf)</source>
        <translation>--chart %1: 알 수 없는 차트 형식 &quot;%2&quot; (png, svg, pdf 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>serve: the port to listen on. Default: any free port.</source>
        <translation>serve: 수신 대기할 포트. 기본값: 비어 있는 아무 포트.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>--port is for serve</source>
        <translation>--port는 serve에서 사용합니다</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port는 0에서 65535 사이의 숫자여야 합니다 (&quot;%1&quot;은(는) 사용할 수 없습니다)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>--count must be a whole number from 0 to 10000000</source>
        <translation>--count는 0에서 10000000 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--seconds must be a number from 0 to 3600</source>
        <translation>--seconds는 0에서 3600 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (expected run, compare, code, list, serve or bench)</source>
        <translation>알 수 없는 명령 &quot;%1&quot; (run, compare, code, list, serve, bench 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>code: the language of the program, python (default) or cpp.</source>
        <translation>code: 프로그램의 언어, python(기본값) 또는 cpp.</translation>
    </message>
    <message>
        <source>--as is for code</source>
        <translation>--as는 code 명령에만 씁니다</translation>
    </message>
    <message>
        <source>--as %1: expected python or cpp</source>
        <translation>--as %1: python 또는 cpp 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>bench paint: how many spans the recorded run has. Default: 100000.</source>
        <translation>bench paint: 기록된 실행의 구간(span) 개수. 기본값: 100000.</translation>
    </message>
    <message>
        <source>bench paint: spread the spans over this many lanes. Default: two spans a lane, as in a crowd.</source>
        <translation>bench paint: 구간을 이만큼의 레인에 나눠 담습니다. 기본값: crowd처럼 레인마다 구간 두 개.</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>bench paint: how many frames to paint. Default: 60.</source>
        <translation>bench paint: 그릴 프레임 수. 기본값: 60.</translation>
    </message>
    <message>
        <source>--%1 is for bench paint</source>
        <translation>--%1은(는) bench paint 전용입니다</translation>
    </message>
    <message>
        <source>--%1 is for bench sleepers</source>
        <translation>--%1은(는) bench sleepers 전용입니다</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1은(는) %2부터 %3까지의 정수여야 합니다. &quot;%4&quot;은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>--%1 is for bench</source>
        <translation>--%1은(는) bench 전용입니다</translation>
    </message>
    <message>
        <source>--count is for bench sleepers and the crowd scenario (as in &quot;run crowd --count 100000&quot;)</source>
        <translation>--count는 bench sleepers와 crowd 시나리오 전용입니다 (예: &quot;run crowd --count 100000&quot;)</translation>
    </message>
    <message>
        <source>bench sleepers and bench window: how many coroutines (default: 100000); run, compare and code: the size of the crowd scenario (default: %1).</source>
        <translation>bench sleepers와 bench window: 코루틴 수(기본값: 100000). run, compare, code: crowd 시나리오의 크기(기본값: %1).</translation>
    </message>
    <message>
        <source>bench paint and bench window: the width of the view. Default: 1280.</source>
        <translation>bench paint와 bench window: 화면의 너비. 기본값: 1280.</translation>
    </message>
    <message>
        <source>bench paint and bench window: the height of the view. Default: 800.</source>
        <translation>bench paint와 bench window: 화면의 높이. 기본값: 800.</translation>
    </message>
    <message>
        <source>--%1 is not for bench window</source>
        <translation>--%1 옵션은 bench window에 쓰지 않습니다</translation>
    </message>
    <message>
        <source>run and compare: tell the event loop&apos;s story, one sentence per scheduling event with its time, instead of the printed lines.</source>
        <translation>run, compare: 출력된 줄 대신, 스케줄링 이벤트마다 한 문장씩 시각과 함께 이벤트 루프의 이야기를 들려줍니다.</translation>
    </message>
    <message>
        <source>--narrate is for run and compare</source>
        <translation>--narrate는 run과 compare 전용입니다</translation>
    </message>
    <message>
        <source>compare: give two .py programs, as in &quot;compare a.py b.py&quot;</source>
        <translation>compare: &quot;compare a.py b.py&quot;처럼 .py 프로그램 두 개를 주세요</translation>
    </message>
    <message>
        <source>%1 takes a scenario, not a .py program</source>
        <translation>%1 명령은 .py 프로그램이 아니라 시나리오를 받습니다</translation>
    </message>
    <message>
        <source>--%1 is for scenarios: a .py program runs as it is written</source>
        <translation>--%1 옵션은 시나리오용입니다. .py 프로그램은 작성된 그대로 실행됩니다</translation>
    </message>
    <message>
        <source>run PROGRAM.py: never run the program but convert it to a scenario (it must be plain: sleeps, awaits, gather, create_task, prints) and run that on the QCoro engine, in the mode its main() composes its tasks in unless --mode.</source>
        <translation>run PROGRAM.py: 프로그램을 실행하지 않고 시나리오로 바꿔(sleep, await, gather, create_task, print만 쓰는 단순한 프로그램이어야 합니다) QCoro 엔진에서 실행합니다. 모드는 --mode로 정하지 않으면 main()이 태스크를 묶는 방식을 따릅니다.</translation>
    </message>
    <message>
        <source>--as-scenario is for run PROGRAM.py</source>
        <translation>--as-scenario는 run PROGRAM.py에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>compare SCENARIO: run it in --mode on the app&apos;s QCoro engine and, under CPython, the Python program &quot;code&quot; writes for it (or PROGRAM.py when given), both on the virtual clock; list every difference in order or time (over 1 µs).</source>
        <translation>compare 시나리오: 시나리오를 --mode로 앱의 QCoro 엔진에서 실행하고, &quot;code&quot;가 만들어 주는 파이썬 프로그램(PROGRAM.py를 주면 그 프로그램)을 CPython에서 실행합니다. 둘 다 가상 시계에서 돌리며, 순서나 시간(1 µs 넘게)이 다른 곳을 모두 보여 줍니다.</translation>
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
        <translation>예시:
  corokitchen run kitchen --mode gather
  corokitchen compare kitchen --clock virtual --trace kitchen.json
  corokitchen run my-scenario.json --mode bounded:2 --speed 10
  corokitchen run crowd --count 100000 --clock virtual
  corokitchen run blocking-call --mode gather --narrate
  corokitchen run my_program.py --chart my_program.png
  corokitchen compare one_by_one.py gathered.py --trace both.json
  corokitchen compare kitchen --with-cpython --mode gather --chart both.png
  corokitchen compare kitchen kitchen_gather.py --with-cpython --mode gather
.py 프로그램은 시스템의 python3(3.11 이상)로 실행되며, --clock real을 주지 않으면 가상 시계에서 돕니다. 출력 줄과 총 시간은 프로그램이 직접 출력합니다. compare --with-cpython은 두 실행이 일치하면 0, 다르면 1로 끝납니다.
</translation>
    </message>
    <message>
        <source>--with-cpython is for compare</source>
        <translation>--with-cpython은 compare 전용입니다</translation>
    </message>
    <message>
        <source>compare --with-cpython: give the scenario first, then the program, as in &quot;compare kitchen kitchen_gather.py --with-cpython&quot;</source>
        <translation>compare --with-cpython: &quot;compare kitchen kitchen_gather.py --with-cpython&quot;처럼 시나리오를 먼저, 프로그램을 그다음에 주세요</translation>
    </message>
    <message>
        <source>--%1 is not for compare --with-cpython</source>
        <translation>--%1 옵션은 compare --with-cpython에 쓰지 않습니다</translation>
    </message>
    <message>
        <source>compare --with-cpython runs on the virtual clock only</source>
        <translation>compare --with-cpython은 가상 시계에서만 실행됩니다</translation>
    </message>
    <message>
        <source>compare --with-cpython takes --mode, not --modes</source>
        <translation>compare --with-cpython에는 --modes가 아니라 --mode를 사용합니다</translation>
    </message>
    <message>
        <source>run and compare of a .py: stop the program after this many seconds of its own time (virtual or real). Default: 3600.</source>
        <translation>run, compare의 .py: 프로그램 자신의 시간(가상 또는 실제)으로 이 초만큼 지나면 프로그램을 멈춥니다. 기본값: 3600.</translation>
    </message>
    <message>
        <source>run and compare of a .py: stop the program after this many seconds of wall time. Default: 60.</source>
        <translation>run, compare의 .py: 실제 경과 시간으로 이 초만큼 지나면 프로그램을 멈춥니다. 기본값: 60.</translation>
    </message>
    <message>
        <source>--%1 is for a .py program</source>
        <translation>--%1 옵션은 .py 프로그램에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>--%1 %2: expected a whole number of seconds from 1 to %3</source>
        <translation>--%1 %2: 1부터 %3까지의 정수 초가 필요합니다</translation>
    </message>
    <message>
        <source>Window: system, light or dark. Default: the last chosen.</source>
        <translation>창: system(시스템), light(밝게), dark(어둡게) 중 하나. 기본값: 마지막으로 고른 테마.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>--theme is for the window</source>
        <translation>--theme는 창에서 사용합니다</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected system, light or dark)</source>
        <translation>알 수 없는 테마 &quot;%1&quot; (system, light, dark 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>Window: open in presentation mode (full screen, large type).</source>
        <translation>창: 발표 모드로 엽니다(전체 화면, 큰 글자).</translation>
    </message>
    <message>
        <source>--scenario, --autorun and --present are for the window; %1 takes the scenario as its argument</source>
        <translation>--scenario, --autorun, --present는 창에서만 사용합니다; %1에는 시나리오를 인수로 지정합니다</translation>
    </message>
    <message>
        <source>bench sleepers: how long each sleeps. Default: 1. bench idle: how long the one sleep waits. Default: 10.</source>
        <translation>bench sleepers: 각 코루틴이 잠드는 시간. 기본값: 1. bench idle: 하나뿐인 sleep이 기다리는 시간. 기본값: 10.</translation>
    </message>
    <message>
        <source>run SCENARIO | compare SCENARIO | run PROGRAM.py | compare A.py B.py | compare SCENARIO [PROGRAM.py] --with-cpython | code SCENARIO | list | serve | bench sleepers | bench idle | bench paint | bench window; without a command the window opens</source>
        <translation>run 시나리오 | compare 시나리오 | run 프로그램.py | compare A.py B.py | compare 시나리오 [프로그램.py] --with-cpython | code 시나리오 | list | serve | bench sleepers | bench idle | bench paint | bench window. 명령이 없으면 창이 열립니다</translation>
    </message>
    <message>
        <source>--count is for bench sleepers</source>
        <translation>--count는 bench sleepers 전용입니다</translation>
    </message>
    <message>
        <source>bench window: with every teaching view on (the View menu&apos;s panels, flows and critical path).</source>
        <translation>bench window: 모든 학습용 보기를 켠 채로 실행합니다(보기 메뉴의 패널, 흐름 화살표, 임계 경로).</translation>
    </message>
    <message>
        <source>bench: expected &quot;bench sleepers [--count N] [--seconds S]&quot;, &quot;bench idle [--seconds S]&quot;, &quot;bench paint [--spans N] [--width W]&quot; or &quot;bench window [--count N] [--speed X] [--teaching]&quot;</source>
        <translation>bench: &quot;bench sleepers [--count N] [--seconds S]&quot;, &quot;bench idle [--seconds S]&quot;, &quot;bench paint [--spans N] [--width W]&quot; 또는 &quot;bench window [--count N] [--speed X] [--teaching]&quot; 형식이어야 합니다</translation>
    </message>
    <message>
        <source>--teaching is for bench window</source>
        <translation>--teaching 옵션은 bench window에서만 씁니다</translation>
    </message>
    <message>
        <source>--chart: draw who woke whom, as View &gt; Flows does.</source>
        <translation>--chart: 보기 &gt; 흐름 화살표처럼 누가 누구를 깨웠는지 그립니다.</translation>
    </message>
    <message>
        <source>--chart: frame the critical path, as View &gt; Critical Path does.</source>
        <translation>--chart: 보기 &gt; 임계 경로처럼 임계 경로를 테두리로 표시합니다.</translation>
    </message>
    <message>
        <source>--%1 draws on the chart: give --chart FILE too</source>
        <translation>--%1 옵션은 차트에 그립니다: --chart FILE도 함께 주세요</translation>
    </message>
</context>
<context>
    <name>ControlTransferPainter</name>
    <message>
        <source>locals</source>
        <translation>지역 변수</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>paused, its locals kept</source>
        <translation>일시 정지, 지역 변수 유지</translation>
    </message>
    <message>
        <source>frame gone, with its locals</source>
        <translation>프레임과 지역 변수 사라짐</translation>
    </message>
    <message>
        <source>a value carried across</source>
        <translation>함께 전달되는 값</translation>
    </message>
</context>
<context>
    <name>CppProgram</name>
    <message>
        <source>&lt;p&gt;Both programs print the same lines in the same order. A Python coroutine object does nothing until it is awaited or wrapped in a task; a &lt;code&gt;QCoro::Task&lt;/code&gt; starts running the moment it is called, up to its first &lt;code&gt;co_await&lt;/code&gt;. So &lt;code&gt;await brew()&lt;/code&gt; is simply &lt;code&gt;co_await brew()&lt;/code&gt;, but where &lt;code&gt;asyncio.gather()&lt;/code&gt; and &lt;code&gt;asyncio.create_task()&lt;/code&gt; start a coroutine on the next turn of the event loop, the C++ program defers it with &lt;code&gt;ck::spawn&lt;/code&gt;. QCoro 0.8 has no event loop of its own, no gather, semaphore or event: &lt;code&gt;ck::Scheduler&lt;/code&gt;, &lt;code&gt;ck::gather&lt;/code&gt;, &lt;code&gt;ck::AsyncSemaphore&lt;/code&gt; and &lt;code&gt;ck::AsyncEvent&lt;/code&gt; are CoroKitchen&apos;s, the ones the app itself runs on, with asyncio&apos;s timing: a &lt;code&gt;ck::Task&lt;/code&gt; is done when its coroutine returns, and whoever awaits it goes on one turn of the loop later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;두 프로그램은 같은 줄을 같은 순서로 출력합니다. 파이썬의 코루틴 객체는 await하거나 태스크로 감싸기 전에는 아무 일도 하지 않지만, &lt;code&gt;QCoro::Task&lt;/code&gt;는 호출하는 순간 첫 &lt;code&gt;co_await&lt;/code&gt;까지 실행됩니다. 그래서 &lt;code&gt;await brew()&lt;/code&gt;는 그냥 &lt;code&gt;co_await brew()&lt;/code&gt;이지만, &lt;code&gt;asyncio.gather()&lt;/code&gt;와 &lt;code&gt;asyncio.create_task()&lt;/code&gt;가 코루틴을 이벤트 루프의 다음 차례에 시작하는 곳에서는 C++ 프로그램이 &lt;code&gt;ck::spawn&lt;/code&gt;으로 시작을 미룹니다. QCoro 0.8에는 자체 이벤트 루프도, gather도, 세마포어나 이벤트도 없습니다. &lt;code&gt;ck::Scheduler&lt;/code&gt;, &lt;code&gt;ck::gather&lt;/code&gt;, &lt;code&gt;ck::AsyncSemaphore&lt;/code&gt;, &lt;code&gt;ck::AsyncEvent&lt;/code&gt;는 앱 자신이 쓰는 CoroKitchen의 것이며 asyncio와 같은 타이밍을 따릅니다: &lt;code&gt;ck::Task&lt;/code&gt;는 코루틴이 반환하는 순간 끝나고, 그것을 기다리는 쪽은 루프가 한 차례 돈 뒤에 이어 갑니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CriticalPath</name>
    <message>
        <source>%1&apos;s %2 sleep</source>
        <translation>%1의 %2 대기(sleep)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 blocking call</source>
        <translation>%1의 %2 블로킹 호출</translation>
    </message>
    <message>
        <source>%1&apos;s %2 download</source>
        <translation>%1의 %2 다운로드</translation>
    </message>
    <message>
        <source>%1&apos;s %2 call in a thread</source>
        <translation>%1의 %2 스레드 호출</translation>
    </message>
    <message>
        <source>%1&apos;s %2 wait</source>
        <translation>%1의 %2 대기</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the waits of a critical path</comment>
        <translation>, 이어서 </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The total is set by %1: one after the other, they add up.</source>
        <translation>총 시간을 정한 것은 %1입니다. 차례로 이어져 더해집니다.</translation>
    </message>
    <message>
        <source>The total is set by %1; the other waits overlap it.</source>
        <translation>총 시간을 정한 것은 %1입니다. 다른 대기는 이와 겹칩니다.</translation>
    </message>
    <message>
        <source>The total is set by %1.</source>
        <translation>총 시간을 정한 것은 %1입니다.</translation>
    </message>
</context>
<context>
    <name>CrowdScenario</name>
    <message>
        <source>%1: the crowd&apos;s size must be a whole number from 1 to %2, as in crowd:100000</source>
        <translation>%1: 군중의 크기는 1부터 %2까지의 정수여야 합니다 (예: crowd:100000)</translation>
    </message>
</context>
<context>
    <name>DemoListing</name>
    <message>
        <source>a, b and c live only while add runs</source>
        <translation>a, b, c는 add가 실행되는 동안에만 있음</translation>
    </message>
    <message>
        <source>when add ends, calc carries on here</source>
        <translation>add가 끝나면 calc가 여기서 이어서 실행됨</translation>
    </message>
    <message>
        <source>never ends, so it can keep receiving</source>
        <translation>끝나지 않으므로 값을 계속 받을 수 있음</translation>
    </message>
    <message>
        <source>pauses here; send(v) puts v in x</source>
        <translation>여기서 멈춤; send(v)의 v가 x에 들어옴</translation>
    </message>
    <message>
        <source>creates it; its body has not run</source>
        <translation>코루틴 객체를 만듦; 본문은 아직 실행되지 않음</translation>
    </message>
    <message>
        <source>runs it to its first yield</source>
        <translation>첫 yield까지 실행함</translation>
    </message>
    <message>
        <source>sends %1 into the coroutine</source>
        <translation>코루틴으로 %1 보냄</translation>
    </message>
    <message>
        <source>add</source>
        <extracomment>What add() prints in the seed&apos;s program: its name (&quot;add 함수&quot;).</extracomment>
        <translation>add 함수</translation>
    </message>
    <message>
        <source>calc</source>
        <extracomment>What calc() prints in the seed&apos;s program: its name (&quot;calc 함수&quot;).</extracomment>
        <translation>calc 함수</translation>
    </message>
</context>
<context>
    <name>DownloadExecutor</name>
    <message>
        <source>the embedded server could not start</source>
        <translation>내장 서버를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>the body exceeds max_bytes (%1 bytes)</source>
        <translation>본문이 max_bytes(%1바이트)를 넘었습니다</translation>
    </message>
    <message>
        <source>the body of %1 bytes exceeds max_bytes (%2 bytes)</source>
        <translation>본문 %1바이트가 max_bytes(%2바이트)를 넘습니다</translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message>
        <source>a download from a URL needs the real clock (the virtual clock can only simulate {&quot;bytes&quot;: N} downloads)</source>
        <translation>URL에서 다운로드하려면 real 시계가 필요합니다 (virtual 시계는 {&quot;bytes&quot;: N} 다운로드만 시뮬레이션할 수 있습니다)</translation>
    </message>
    <message>
        <source>&quot;download&quot; takes an object such as {&quot;bytes&quot;: 100000}</source>
        <translation>&quot;download&quot;에는 {&quot;bytes&quot;: 100000} 같은 객체를 씁니다</translation>
    </message>
</context>
<context>
    <name>DownloadStepParser</name>
    <message>
        <source>&quot;download&quot; must be an object such as {&quot;url&quot;: &quot;https://...&quot;} or {&quot;bytes&quot;: 100000, &quot;rate&quot;: 50000}</source>
        <translation>&quot;download&quot;는 {&quot;url&quot;: &quot;https://...&quot;} 또는 {&quot;bytes&quot;: 100000, &quot;rate&quot;: 50000} 같은 객체여야 합니다</translation>
    </message>
    <message>
        <source>a download needs exactly one of &quot;url&quot; and &quot;bytes&quot;</source>
        <translation>다운로드에는 &quot;url&quot;과 &quot;bytes&quot; 중 정확히 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;url&quot; must be an http(s) URL, or a path on the embedded server such as &quot;/bytes/1000&quot;</source>
        <translation>&quot;url&quot;은 http(s) URL이거나 &quot;/bytes/1000&quot; 같은 내장 서버의 경로여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes with &quot;bytes&quot;, not with &quot;url&quot;</source>
        <translation>&quot;%1&quot;은(는) &quot;url&quot;이 아니라 &quot;bytes&quot;와 함께 사용합니다</translation>
    </message>
    <message>
        <source>&quot;rate&quot; must be a number of bytes per second from 0 (unlimited) to %1</source>
        <translation>&quot;rate&quot;는 0(무제한)에서 %1 사이의 초당 바이트 수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from %2 to %3</source>
        <translation>&quot;%1&quot; 값은 %2초에서 %3초 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of bytes from %2 to %3</source>
        <translation>&quot;%1&quot; 값은 %2에서 %3 사이의 정수 바이트 수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;each&quot; must be the name of a routine</source>
        <translation>&quot;each&quot;는 루틴 이름이어야 합니다</translation>
    </message>
    <message>
        <source>unknown key %1 (expected %2)</source>
        <translation>알 수 없는 키 %1 (%2 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>&quot;max_bytes&quot; goes with &quot;url&quot;, not with &quot;bytes&quot;</source>
        <translation>&quot;max_bytes&quot;는 &quot;bytes&quot;가 아니라 &quot;url&quot;과 함께 씁니다</translation>
    </message>
</context>
<context>
    <name>FString</name>
    <message>
        <source>a single &quot;}&quot; at character %1: write &quot;}}&quot; for a brace</source>
        <translation>%1번째 문자에 &quot;}&quot;가 하나뿐입니다: 중괄호 문자는 &quot;}}&quot;로 쓰세요</translation>
    </message>
    <message>
        <source>&quot;{&quot; at character %1 must begin a placeholder such as {data} (a variable&apos;s name), or be written &quot;{{&quot;</source>
        <translation>%1번째 문자의 &quot;{&quot;는 {data}처럼 자리 표시자(변수 이름)를 시작하거나 &quot;{{&quot;로 써야 합니다</translation>
    </message>
</context>
<context>
    <name>FidelityCheck</name>
    <message>
        <source>lines %1 and %2: the order differs: the app prints %3 first, CPython %4</source>
        <translation>%1번째 줄과 %2번째 줄의 순서가 다릅니다: 앱은 %3을(를) 먼저, CPython은 %4을(를) 먼저 출력합니다</translation>
    </message>
    <message>
        <source>line %1: only CPython prints %2 (at %3 s)</source>
        <translation>%1번째 줄: CPython만 %2을(를) 출력합니다 (%3초)</translation>
    </message>
    <message>
        <source>line %1: only the app prints %2 (at %3 s)</source>
        <translation>%1번째 줄: 앱만 %2을(를) 출력합니다 (%3초)</translation>
    </message>
    <message>
        <source>line %1: the app prints %2, CPython %3</source>
        <translation>%1번째 줄: 앱은 %2, CPython은 %3을(를) 출력합니다</translation>
    </message>
    <message>
        <source>line %1 (%2): at %3 s in the app, %4 s in CPython</source>
        <translation>%1번째 줄(%2): 앱에서는 %3초, CPython에서는 %4초</translation>
    </message>
    <message>
        <source>task %1: only in the app</source>
        <translation>태스크 %1: 앱에만 있습니다</translation>
    </message>
    <message>
        <source>%1 starts at %2 s in the app, %3 s in CPython</source>
        <translation>%1은(는) 앱에서 %2초, CPython에서 %3초에 시작합니다</translation>
    </message>
    <message>
        <source>%1 ends at %2 s in the app, %3 s in CPython</source>
        <translation>%1은(는) 앱에서 %2초, CPython에서 %3초에 끝납니다</translation>
    </message>
    <message>
        <source>%1 ends %2 in the app, %3 in CPython</source>
        <translation>%1의 끝 상태가 앱에서는 %2, CPython에서는 %3입니다</translation>
    </message>
</context>
<context>
    <name>FidelityResult</name>
    <message>
        <source>no difference: %1 tasks, %2 lines agree within 1 µs</source>
        <translation>차이 없음: 태스크 %1개와 출력 %2줄이 1 µs 안에서 일치합니다</translation>
    </message>
    <message>
        <source>%1 differences between the app and CPython</source>
        <translation>앱과 CPython 사이에 차이가 %1개 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>그 밖에 %n개가 더 있습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeverStep</name>
    <message>
        <source>&quot;forever&quot; must be an array of steps, found %1</source>
        <translation>&quot;forever&quot;는 단계의 배열이어야 합니다. 찾은 값: %1</translation>
    </message>
    <message>
        <source>the loop never awaits anything that suspends, so it would block the event loop forever</source>
        <translation>루프가 멈추는(suspend) 것을 하나도 await하지 않으므로 이벤트 루프를 영원히 막게 됩니다</translation>
    </message>
    <message>
        <source>while True ends only when its task is cancelled: that needs an event loop, and sync mode has none</source>
        <translation>while True는 그 태스크가 취소될 때만 끝납니다: 이벤트 루프가 필요한데 sync 모드에는 없습니다</translation>
    </message>
    <message>
        <source>&quot;forever&quot; takes an array of steps such as [{&quot;wait&quot;: 1}, {&quot;log&quot;: &quot;tick&quot;}]</source>
        <translation>&quot;forever&quot;는 [{&quot;wait&quot;: 1}, {&quot;log&quot;: &quot;tick&quot;}] 같은 단계의 배열을 받습니다</translation>
    </message>
</context>
<context>
    <name>GatherStep</name>
    <message>
        <source>&quot;gather&quot; must be an array of routine names</source>
        <translation>&quot;gather&quot;는 루틴 이름의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;gather&quot; needs at least one routine name</source>
        <translation>&quot;gather&quot;에는 루틴 이름이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>too many routines in one gather: %1 (the limit is %2)</source>
        <translation>gather 하나에 루틴이 너무 많습니다: %1개 (최대 %2개)</translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation>루틴 이름은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;return_exceptions&quot; must be true or false, found %1</source>
        <translation>&quot;return_exceptions&quot;는 true 또는 false여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>&quot;as&quot; cannot go with &quot;return_exceptions&quot;: exceptions are not values a scenario keeps</source>
        <translation>&quot;as&quot;는 &quot;return_exceptions&quot;와 함께 쓸 수 없습니다: 예외는 시나리오가 보관하는 값이 아닙니다</translation>
    </message>
</context>
<context>
    <name>HttpClientConnection</name>
    <message>
        <source>https is not available: no TLS support in this Qt</source>
        <translation>https를 쓸 수 없습니다: 이 Qt에는 TLS 지원이 없습니다</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>연결이 거부되었습니다: %1</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>response head exceeds %1 bytes</source>
        <translation>응답 헤더가 %1바이트를 넘습니다</translation>
    </message>
    <message>
        <source>connection closed without a response</source>
        <translation>응답 없이 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>connection closed inside the response head</source>
        <translation>응답 헤더를 받는 도중 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>truncated body: %1 of %2 bytes</source>
        <translation>본문이 잘렸습니다: %2바이트 중 %1바이트</translation>
    </message>
    <message>
        <source>truncated body: connection closed inside the chunked body after %1 bytes</source>
        <translation>본문이 잘렸습니다: 청크 본문 %1바이트를 받은 뒤 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>malformed chunked encoding: a framing line exceeds %1 bytes</source>
        <translation>잘못된 청크 인코딩: 청크 구분 줄이 %1바이트를 넘습니다</translation>
    </message>
    <message>
        <source>malformed status line %1</source>
        <translation>잘못된 상태 줄 %1</translation>
    </message>
    <message>
        <source>malformed header field %1</source>
        <translation>잘못된 헤더 필드 %1</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>헤더 필드가 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>unexpected interim response %1</source>
        <translation>예상하지 못한 중간 응답 %1</translation>
    </message>
    <message>
        <source>unsupported transfer encoding %1</source>
        <translation>지원하지 않는 전송 인코딩 %1</translation>
    </message>
    <message>
        <source>malformed Content-Length %1</source>
        <translation>잘못된 Content-Length %1</translation>
    </message>
    <message>
        <source>malformed chunked encoding: chunk size %1</source>
        <translation>잘못된 청크 인코딩: 청크 크기 %1</translation>
    </message>
    <message>
        <source>malformed chunked encoding: %1 after a chunk</source>
        <translation>잘못된 청크 인코딩: 청크 뒤에 %1</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1 must be a text: a string or {&quot;en&quot;: &quot;...&quot;, &quot;ko&quot;: &quot;...&quot;}, found %2</source>
        <translation>%1 값은 텍스트(문자열 또는 {&quot;en&quot;: &quot;...&quot;, &quot;ko&quot;: &quot;...&quot;})여야 합니다. 실제 값: %2</translation>
    </message>
    <message>
        <source>a text needs &quot;en&quot; or &quot;ko&quot;</source>
        <translation>텍스트에는 &quot;en&quot; 또는 &quot;ko&quot;가 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a string, found %2</source>
        <translation>%1 값은 문자열이어야 합니다. 실제 값: %2</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds</source>
        <translation>%1 값은 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 seconds, found %3</source>
        <translation>%1 값은 0초에서 %2초 사이여야 합니다. 실제 값: %3</translation>
    </message>
    <message>
        <source>unknown key %1 (expected %2)</source>
        <translation>알 수 없는 키 %1 (%2 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 키가 없습니다</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>JsonTextPosition</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
</context>
<context>
    <name>LogFormat</name>
    <message>
        <source>Total execution time : %1 seconds</source>
        <translation>총 실행 시간 : %1 초</translation>
    </message>
    <message>
        <source>Total execution time (%1) : %2 seconds</source>
        <translation>총 실행 시간 (%1) : %2 초</translation>
    </message>
    <message>
        <source>Speedup : n/a (%1 took no time)</source>
        <translation>속도 향상 : 해당 없음 (%1의 실행 시간이 0입니다)</translation>
    </message>
    <message>
        <source>Speedup : %1x (%2 against %3)</source>
        <translation>속도 향상 : %1배 빠름 (%2, %3 대비)</translation>
    </message>
</context>
<context>
    <name>LogStep</name>
    <message>
        <source>f-string: %1</source>
        <translation>f-문자열: %1</translation>
    </message>
</context>
<context>
    <name>LoopState</name>
    <message>
        <source>%1: waiting for a slot in queue “%2” (%3/%3)</source>
        <translation>%1: 큐 “%2”의 빈자리를 기다리는 중 (%3/%3)</translation>
    </message>
</context>
<context>
    <name>NamedObjectReader</name>
    <message>
        <source>&quot;objects&quot; must be an array such as [{&quot;name&quot;: &quot;machine&quot;, &quot;type&quot;: &quot;Lock&quot;}], found %1</source>
        <translation>&quot;objects&quot;는 [{&quot;name&quot;: &quot;machine&quot;, &quot;type&quot;: &quot;Lock&quot;}] 같은 배열이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>too many objects: %1 (the limit is %2)</source>
        <translation>객체가 너무 많습니다: %1개 (최대 %2개)</translation>
    </message>
    <message>
        <source>the object %1 is declared twice</source>
        <translation>객체 %1이(가) 두 번 선언되었습니다</translation>
    </message>
    <message>
        <source>an object must be an object such as {&quot;name&quot;: &quot;machine&quot;, &quot;type&quot;: &quot;Lock&quot;}, found %1</source>
        <translation>객체는 {&quot;name&quot;: &quot;machine&quot;, &quot;type&quot;: &quot;Lock&quot;} 같은 JSON 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>an object&apos;s &quot;name&quot; must be an identifier (a letter or _, then letters, digits or _), found %1</source>
        <translation>객체의 &quot;name&quot;은 식별자(문자나 _로 시작하고 이어서 문자, 숫자, _)여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of %1, found %2</source>
        <translation>&quot;type&quot;은 %1 중 하나여야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>a %1 takes no %2</source>
        <translation>%1에는 %2을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found %4</source>
        <translation>%1은(는) %2부터 %3까지의 정수여야 하는데 %4입니다</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>asyncio.gather wraps %1 in a task of its own: it is ready to start</source>
        <translation>asyncio.gather가 %1을(를) 별도의 태스크로 감쌉니다: 시작할 준비가 되었습니다</translation>
    </message>
    <message>
        <source>%1 is created as a task: it is ready and starts on a later loop iteration</source>
        <translation>%1이(가) 태스크로 생성됩니다: 준비 상태가 되어 이후의 루프 반복에서 시작합니다</translation>
    </message>
    <message>
        <source>asyncio.run starts main()</source>
        <translation>asyncio.run이 main()을 시작합니다</translation>
    </message>
    <message>
        <source>The loop starts %1</source>
        <translation>루프가 %1을(를) 시작합니다</translation>
    </message>
    <message>
        <source>The timer of %1 fires: %1 joins the ready queue</source>
        <translation>%1의 타이머가 울립니다: %1이(가) 준비 큐에 들어갑니다</translation>
    </message>
    <message>
        <source>The loop resumes %1</source>
        <translation>루프가 %1을(를) 재개합니다</translation>
    </message>
    <message>
        <source>%1 calls %2, which blocks: the whole loop stops and nothing else can run until %3</source>
        <translation>%1이(가) %2을(를) 호출해 블로킹합니다: 루프 전체가 멈추고 %3까지 다른 것은 아무것도 실행될 수 없습니다</translation>
    </message>
    <message>
        <source>%1 returns from its blocking call: the loop is free again</source>
        <translation>%1이(가) 블로킹 호출에서 돌아옵니다: 루프가 다시 자유로워집니다</translation>
    </message>
    <message>
        <source>main() awaits %1(): the task runs inside main&apos;s own task, like a plain call</source>
        <translation>main()이 %1()을(를) await합니다: 이 작업은 일반 호출처럼 main의 태스크 안에서 실행됩니다</translation>
    </message>
    <message>
        <source>%1 awaits %2(): the routine runs inside the same task without giving the loop back</source>
        <translation>%1이(가) %2()을(를) await합니다: 루틴은 루프에 제어를 돌려주지 않고 같은 태스크 안에서 실행됩니다</translation>
    </message>
    <message>
        <source>%1() returns to %2</source>
        <translation>%1()이(가) %2(으)로 돌아갑니다</translation>
    </message>
    <message>
        <source>%1 prints “%2”</source>
        <translation>%1이(가) “%2”을(를) 출력합니다</translation>
    </message>
    <message>
        <source>Chunk %1 of %2&apos;s download arrives (%3 bytes)</source>
        <translation>%2의 다운로드 청크 %1이(가) 도착합니다 (%3바이트)</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 (its timer fires at %3)</source>
        <translation>%1이(가) await %2에서 일시 중단됩니다 (타이머는 %3에 울립니다)</translation>
    </message>
    <message>
        <source>%1 is suspended until data arrives: %2</source>
        <translation>%1이(가) 데이터가 도착할 때까지 일시 중단됩니다: %2</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until all of them are done</source>
        <translation>%1이(가) 모두 끝날 때까지 await %2에서 일시 중단됩니다</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until that task is done</source>
        <translation>%1이(가) 그 태스크가 끝날 때까지 await %2에서 일시 중단됩니다</translation>
    </message>
    <message>
        <source>%1 waits for %2 to finish first</source>
        <translation>%1이(가) %2이(가) 먼저 끝나기를 기다립니다</translation>
    </message>
    <message>
        <source>%1 is suspended</source>
        <translation>%1이(가) 일시 중단됩니다</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1 is cancelled</source>
        <translation>%1이(가) 취소됩니다</translation>
    </message>
    <message>
        <source>main() returns: asyncio.run closes the loop</source>
        <translation>main()이 반환됩니다: asyncio.run이 루프를 닫습니다</translation>
    </message>
    <message>
        <source>%1 is done</source>
        <translation>%1이(가) 끝났습니다</translation>
    </message>
    <message>
        <source>; nothing is ready, so the loop is idle until %1</source>
        <translation>; 준비된 것이 없으므로 루프는 %1까지 쉽니다</translation>
    </message>
    <message>
        <source>; the loop starts %1</source>
        <translation>; 루프가 %1을(를) 시작합니다</translation>
    </message>
    <message>
        <source>; the loop resumes %1</source>
        <translation>; 루프가 %1을(를) 재개합니다</translation>
    </message>
    <message>
        <source>asyncio.run cancels %1, which nobody awaited: it never gets to its end</source>
        <translation>asyncio.run이 아무도 await하지 않은 %1을(를) 취소합니다: 끝까지 가지 못합니다</translation>
    </message>
    <message>
        <source>%1 calls %2() without await: Python makes a coroutine object, never runs it, and warns “%3”</source>
        <translation>%1이(가) await 없이 %2()를 호출합니다: 파이썬은 코루틴 객체만 만들고 실행하지 않으며 “%3” 경고를 냅니다</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2: a worker thread runs the blocking call, and the loop runs other tasks meanwhile</source>
        <translation>%1이(가) await %2에서 일시 중단됩니다: 작업 스레드가 블로킹 호출을 실행하고, 그동안 루프는 다른 태스크를 실행합니다</translation>
    </message>
    <message>
        <source>The worker thread returns from %1&apos;s blocking call: %1 joins the ready queue</source>
        <translation>작업 스레드가 %1의 블로킹 호출에서 돌아옵니다: %1이(가) 준비 큐에 들어갑니다</translation>
    </message>
    <message>
        <source>The exception reaches main(): main() raises %1, asyncio.run cancels what is still running and the program ends with its traceback</source>
        <translation>예외가 main()까지 올라옵니다: main()이 %1을(를) 던지고, asyncio.run이 아직 실행 중인 것을 취소하며 프로그램은 트레이스백과 함께 끝납니다</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <translation>%1이(가) %2을(를) 던집니다</translation>
    </message>
    <message>
        <source>%1 catches “%2” in an except clause and goes on</source>
        <translation>%1이(가) except 절에서 “%2”을(를) 잡고 계속 진행합니다</translation>
    </message>
    <message>
        <source>%1 calls %2, but %3 is done already: cancel() returns False and does nothing</source>
        <translation>%1이(가) %2을(를) 호출하지만 %3은(는) 이미 끝났습니다: cancel()은 False를 반환하고 아무 일도 하지 않습니다</translation>
    </message>
    <message>
        <source>%1 calls %2 on itself: it goes on running, and CancelledError is raised at its next await</source>
        <translation>%1이(가) 자기 자신에게 %2을(를) 호출합니다: 계속 실행되다가 다음 await에서 CancelledError가 일어납니다</translation>
    </message>
    <message>
        <source>%1 calls %2: %3 gets CancelledError at the await it is suspended on, when the loop next runs it</source>
        <translation>%1이(가) %2을(를) 호출합니다: %3은(는) 루프가 다음에 실행할 때, 멈춰 있던 await에서 CancelledError를 받습니다</translation>
    </message>
    <message>
        <source>%1 ends cancelled: CancelledError went up through it, and whoever awaits it gets CancelledError too</source>
        <translation>%1은(는) 취소되어 끝납니다: CancelledError가 코루틴을 거슬러 올라갔고, 이 태스크를 await하는 쪽도 CancelledError를 받습니다</translation>
    </message>
    <message>
        <source>asyncio.wait_for wraps %1 in a task of its own: it is ready to start</source>
        <translation>asyncio.wait_for가 %1을(를) 별도의 태스크로 감쌉니다: 시작할 준비가 되었습니다</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2: if the routine has not ended in %3, it is cancelled and TimeoutError is raised in %1</source>
        <translation>%1은(는) await %2에서 일시 중단됩니다: 루틴이 %3 안에 끝나지 않으면 취소되고 %1에 TimeoutError가 발생합니다</translation>
    </message>
    <message>
        <source>%1 is cancelled: its wait_for&apos;s timeout has passed</source>
        <translation>%1이(가) 취소됩니다: wait_for의 타임아웃이 지났습니다</translation>
    </message>
    <message>
        <source>tg.create_task makes %1 a task of the TaskGroup: it is ready to start</source>
        <translation>tg.create_task가 %1을(를) TaskGroup의 태스크로 만듭니다: 시작할 준비가 되었습니다</translation>
    </message>
    <message>
        <source>%1 is suspended at the end of async with %2 until all its tasks are done; the first one to raise cancels the others</source>
        <translation>%1은(는) async with %2의 끝에서 모든 태스크가 끝날 때까지 일시 중단됩니다. 처음 예외를 던지는 태스크가 나머지를 취소합니다</translation>
    </message>
    <message>
        <source>%1 is cancelled: another task of its TaskGroup raised</source>
        <translation>%1이(가) 취소됩니다: 같은 TaskGroup의 다른 태스크가 예외를 던졌습니다</translation>
    </message>
    <message>
        <source>%1() returns %2 to %3</source>
        <translation>%1()이(가) %2을(를) 반환하며 %3(으)로 돌아갑니다</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until another task calls %3.set()</source>
        <translation>%1은(는) 다른 태스크가 %3.set()을 호출할 때까지 await %2에서 일시 중단됩니다</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2: it has released the lock of “%3” and waits until another task calls %3.notify() or %3.notify_all()</source>
        <translation>%1은(는) await %2에서 일시 중단됩니다: “%3”의 락을 놓았고, 다른 태스크가 %3.notify()나 %3.notify_all()을 호출할 때까지 기다립니다</translation>
    </message>
    <message>
        <source>%1 waits for “%2”: other tasks queued for it first (await %3)</source>
        <translation>%1은(는) “%2”을(를) 기다립니다: 다른 태스크들이 먼저 줄을 섰습니다 (await %3)</translation>
    </message>
    <message>
        <source>%1 waits for a free slot of the semaphore “%2”, held by %3 (await %4)</source>
        <translation>%1은(는) 세마포어 “%2”의 빈자리를 기다립니다. 지금은 %3이(가) 차지하고 있습니다 (await %4)</translation>
    </message>
    <message>
        <source>%1 waits for the lock “%2” held by %3 (await %4)</source>
        <translation>%1은(는) %3이(가) 잡고 있는 락 “%2”을(를) 기다립니다 (await %4)</translation>
    </message>
    <message>
        <source>asyncio.as_completed wraps %1 in a task of its own: it is ready to start</source>
        <translation>asyncio.as_completed가 %1을(를) 별도의 태스크로 감쌉니다: 시작할 준비가 되었습니다</translation>
    </message>
    <message>
        <source>asyncio.create_task makes %1 a task for asyncio.wait: it is ready to start</source>
        <translation>asyncio.create_task가 %1을(를) asyncio.wait에 넘길 태스크로 만듭니다: 시작할 준비가 되었습니다</translation>
    </message>
    <message>
        <source>%1 is suspended at await next_done of %2 until the next of them is done</source>
        <translation>%1은(는) %2의 await next_done에서 그중 다음 것이 끝날 때까지 멈춥니다</translation>
    </message>
    <message>
        <source>%1 is suspended at await %2 until its return_when is met</source>
        <translation>%1은(는) return_when 조건이 채워질 때까지 await %2에서 멈춥니다</translation>
    </message>
    <message>
        <source>%1 is the next to finish; %2 handles its result, %3</source>
        <translation>%1이(가) 다음으로 끝났습니다; %2이(가) 그 결과 %3을(를) 처리합니다</translation>
    </message>
    <message>
        <source>%1 is the next to finish; %2 handles its result</source>
        <translation>%1이(가) 다음으로 끝났습니다; %2이(가) 그 결과를 처리합니다</translation>
    </message>
    <message>
        <source>The %1 deadline of asyncio.timeout passes: %2 is cancelled at its await and TimeoutError is raised</source>
        <translation>asyncio.timeout의 마감 시간 %1이(가) 지납니다: %2은(는) await 지점에서 취소되고 TimeoutError가 발생합니다</translation>
    </message>
    <message>
        <source>%1 catches “%2” from the ExceptionGroup in an except* clause and goes on</source>
        <translation>%1이(가) except* 절에서 ExceptionGroup의 “%2”을(를) 잡고 계속 진행합니다</translation>
    </message>
    <message>
        <source>%1 catches “%2” in an except* clause and goes on</source>
        <translation>%1이(가) except* 절에서 “%2”을(를) 잡고 계속 진행합니다</translation>
    </message>
    <message>
        <source>%1 waits: the queue “%2” is full (%3 of %3), until a get() takes an item out (await %4)</source>
        <translation>%1은(는) 기다립니다: 큐 “%2”이(가) 가득 찼습니다(%3개 중 %3개). get()이 항목을 꺼낼 때까지 기다립니다 (await %4)</translation>
    </message>
    <message>
        <source>%1 waits: the queue “%2” is empty, until a put() brings an item (await %3)</source>
        <translation>%1은(는) 기다립니다: 큐 “%2”이(가) 비어 있습니다. put()이 항목을 넣을 때까지 기다립니다 (await %3)</translation>
    </message>
    <message>
        <source>%1 waits at await %2 until every item put in “%3” is marked done with task_done()</source>
        <translation>%1은(는) “%3”에 넣은 모든 항목이 task_done()으로 완료 표시될 때까지 await %2에서 기다립니다</translation>
    </message>
    <message>
        <source>asyncio.create_task makes %1 a task: it is ready and starts on a later loop iteration</source>
        <translation>asyncio.create_task가 %1을(를) 태스크로 만듭니다: 준비 상태가 되어 이후의 루프 반복에서 시작합니다</translation>
    </message>
    <message>
        <source>asyncio.Task(%1()) makes %1 a task: it is ready and starts on a later loop iteration</source>
        <translation>asyncio.Task(%1())가 %1을(를) 태스크로 만듭니다: 준비 상태가 되어 이후의 루프 반복에서 시작합니다</translation>
    </message>
    <message>
        <source>asyncio.%1 wraps %2 in a task of its own: it is ready to start</source>
        <translation>asyncio.%1이(가) %2을(를) 별도의 태스크로 감쌉니다: 시작할 준비가 되었습니다</translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 released the lock at %3, and %1 holds it now</source>
        <translation>루프가 %1을(를) 재개합니다: %2이(가) %3에 락을 풀었고, 이제 %1이(가) 락을 쥡니다</translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 set the event at %3</source>
        <translation>루프가 %1을(를) 재개합니다: %2이(가) %3에 이벤트를 set했습니다</translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 notified it at %3</source>
        <translation>루프가 %1을(를) 재개합니다: %2이(가) %3에 notify로 깨웠습니다</translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 put the item it gets at %3</source>
        <translation>루프가 %1을(를) 재개합니다: %2이(가) %3에 넣은 항목을 %1이(가) 받습니다</translation>
    </message>
    <message>
        <source>The loop resumes %1: %2 took an item out at %3, which makes room for its put</source>
        <translation>루프가 %1을(를) 재개합니다: %2이(가) %3에 항목을 꺼내서 %1이(가) 넣을 자리가 생겼습니다</translation>
    </message>
</context>
<context>
    <name>ObjectCallStep</name>
    <message>
        <source>%1 must be the name of one of the scenario&apos;s objects, found %2</source>
        <translation>%1은(는) 시나리오의 객체 중 하나의 이름이어야 하는데 %2입니다</translation>
    </message>
</context>
<context>
    <name>PitfallFinder</name>
    <message>
        <source>Missed concurrency: awaiting one by one took %1; gather would take ≈ %2.</source>
        <translation>놓친 동시성: 하나씩 await하니 %1 걸렸습니다. gather하면 약 %2면 됩니다.</translation>
    </message>
    <message>
        <source>Missed concurrency: blocking one by one took %1; awaiting with gather would take ≈ %2.</source>
        <translation>놓친 동시성: 하나씩 블로킹하니 %1 걸렸습니다. gather로 await하면 약 %2면 됩니다.</translation>
    </message>
    <message>
        <source>A blocking call: %1 in %2 held the event loop for %3, and nothing else could run meanwhile. Await asyncio.sleep instead.</source>
        <translation>블로킹 호출: %2의 %1이(가) 이벤트 루프를 %3 동안 붙잡아 그동안 다른 것은 아무것도 실행될 수 없었습니다. 대신 asyncio.sleep을 await하세요.</translation>
    </message>
    <message>
        <source>Blocking calls: %1 in %2 and %3 more held the event loop for %4 in all, and nothing else could run meanwhile. Await asyncio.sleep instead.</source>
        <translation>블로킹 호출: %2의 %1 외 %3개가 이벤트 루프를 모두 합쳐 %4 동안 붙잡아 그동안 다른 것은 아무것도 실행될 수 없었습니다. 대신 asyncio.sleep을 await하세요.</translation>
    </message>
    <message>
        <source>A task never awaited: %1 was created with %2 but nobody awaited it, so when main() returned at %3 asyncio.run cancelled it before its end. Keep the task and await it.</source>
        <translation>await하지 않은 태스크: %1은(는) %2(으)로 만들어졌지만 아무도 await하지 않아, main()이 %3에 반환되자 asyncio.run이 끝나기 전에 취소했습니다. 태스크를 잡아 두고 await하세요.</translation>
    </message>
    <message>
        <source>Missed concurrency: awaiting one by one took %1; gather would take at least %2, more while tasks wait for each other&apos;s locks and events, or for a worker thread.</source>
        <translation>놓친 동시성: 하나씩 await하니 %1 걸렸습니다. gather하면 적어도 %2 걸리고, 태스크가 서로의 락과 이벤트를 기다리거나 작업 스레드를 기다리는 만큼 더 걸립니다.</translation>
    </message>
    <message>
        <source>Missed concurrency: blocking one by one took %1; awaiting with gather would take at least %2, more while tasks wait for each other&apos;s locks and events, or for a worker thread.</source>
        <translation>놓친 동시성: 하나씩 블로킹하니 %1 걸렸습니다. gather로 await하면 적어도 %2 걸리고, 태스크가 서로의 락과 이벤트를 기다리거나 작업 스레드를 기다리는 만큼 더 걸립니다.</translation>
    </message>
    <message>
        <source>Missed concurrency: awaiting one by one took %1; with gather the waits would overlap.</source>
        <translation>놓친 동시성: 하나씩 await하니 %1 걸렸습니다. gather하면 기다림이 겹칩니다.</translation>
    </message>
    <message>
        <source>Missed concurrency: blocking one by one took %1; awaiting with gather, the waits would overlap.</source>
        <translation>놓친 동시성: 하나씩 블로킹하니 %1 걸렸습니다. gather로 await하면 기다림이 겹칩니다.</translation>
    </message>
</context>
<context>
    <name>PredictionQuiz</name>
    <message>
        <source>The run took %1; you guessed %2. Within 10 % counts as right.</source>
        <translation>실제 실행 시간은 %1, 예상은 %2였습니다. 10% 이내면 정답입니다.</translation>
    </message>
    <message numerus="yes">
        <source>The run prints only %n line(s).</source>
        <translation>
            <numerusform>이 실행은 %n줄만 출력합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” comes at position %2: the run prints it there.</source>
        <translation>“%1” 줄은 %2번째에 출력됩니다.</translation>
    </message>
    <message>
        <source>You put “%1” before “%2”, but %3 prints “%2” at %4 and %5 prints “%1” only at %6.</source>
        <translation>“%1” 줄을 “%2” 줄보다 앞에 두었지만, %3 태스크가 %4에 “%2” 줄을 출력하고 %5 태스크는 %6에야 “%1” 줄을 출력합니다.</translation>
    </message>
    <message>
        <source>You put “%1” before “%2”: both are printed at %3, and at that moment the loop runs %4 before %5.</source>
        <translation>“%1” 줄을 “%2” 줄보다 앞에 두었습니다. 두 줄 모두 %3에 출력되는데, 그 순간 이벤트 루프는 %4 태스크를 %5 태스크보다 먼저 실행합니다.</translation>
    </message>
    <message>
        <source>You put “%1” before “%2”, but %3 prints “%2” first (both at %4).</source>
        <translation>“%1” 줄을 “%2” 줄보다 앞에 두었지만, %3 태스크는 “%2” 줄을 먼저 출력합니다(두 줄 모두 %4).</translation>
    </message>
</context>
<context>
    <name>ProgramPitfallFinder</name>
    <message>
        <source>Missed concurrency: %1 were awaited one by one and took %2, each of them suspended most of its time; awaited together with asyncio.gather they would take ≈ %3, %4 less, if none needs another&apos;s result.</source>
        <translation>놓친 동시성: %1을(를) 하나씩 await하니 %2 걸렸고, 각 호출은 대부분의 시간을 일시 중단된 채 보냈습니다. 서로의 결과가 필요 없다면 asyncio.gather로 함께 await할 때 약 %3, 즉 %4 덜 걸립니다.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1(%2번째 줄)</translation>
    </message>
    <message>
        <source>A coroutine never awaited: %1() was called, but the coroutine it made was never awaited, so its body never ran (Python&apos;s RuntimeWarning says so). Await it, or make it a task with asyncio.create_task.</source>
        <translation>await하지 않은 코루틴: %1()을(를) 호출했지만 그 코루틴 객체를 await하지 않아 본문이 한 번도 실행되지 않았습니다(Python의 RuntimeWarning이 알려 줍니다). await하거나 asyncio.create_task로 태스크를 만드세요.</translation>
    </message>
</context>
<context>
    <name>ProgramScenario</name>
    <message>
        <source>cannot make a folder for the Python harness</source>
        <translation>Python 하네스를 둘 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the conversion to a scenario did not end in %1 s</source>
        <translation>시나리오 변환이 %1초 안에 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>the conversion to a scenario failed: %1</source>
        <translation>시나리오로 변환하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the converted scenario is larger than %1 bytes</source>
        <translation>변환된 시나리오가 %1바이트보다 큽니다</translation>
    </message>
    <message>
        <source>the conversion to a scenario named no mode</source>
        <translation>시나리오 변환 결과에 모드가 없습니다</translation>
    </message>
</context>
<context>
    <name>PythonHarness</name>
    <message>
        <source>python3 3.11 or newer is needed to run a .py program; none was found</source>
        <translation>.py 프로그램을 실행하려면 python3 3.11 이상이 필요한데, 찾지 못했습니다</translation>
    </message>
    <message>
        <source>python3 3.11 or newer is needed to run a .py program; found %1</source>
        <translation>.py 프로그램을 실행하려면 python3 3.11 이상이 필요한데, %1 버전이 있습니다</translation>
    </message>
    <message>
        <source>cannot make the folder %1 for the Python harness</source>
        <translation>Python 하니스용 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the Python harness to %1: %2</source>
        <translation>Python 하니스를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the Python harness is missing from this build</source>
        <translation>이 빌드에는 Python 하니스가 들어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>PythonTraceReader</name>
    <message>
        <source>a line of %1 bytes is too long</source>
        <translation>%1바이트짜리 줄은 너무 깁니다</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>JSON이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>a line must be a JSON object</source>
        <translation>각 줄은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>the Python trace is malformed at line %1: %2</source>
        <translation>Python 트레이스의 %1번째 줄이 잘못되었습니다: %2</translation>
    </message>
    <message>
        <source>the Python trace ended without its end line, after line %1</source>
        <translation>Python 트레이스가 %1번째 줄 뒤에 end 줄 없이 끝났습니다</translation>
    </message>
    <message>
        <source>the Python harness wrote no trace</source>
        <translation>Python 하니스가 트레이스를 하나도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>&quot;ev&quot; must be a string</source>
        <translation>&quot;ev&quot;는 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>the first line must be the start, found &quot;%1&quot;</source>
        <translation>첫 줄은 start여야 하는데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>the time goes back from %1 s to %2 s</source>
        <translation>시간이 %1초에서 %2초로 거꾸로 갑니다</translation>
    </message>
    <message>
        <source>a second start line</source>
        <translation>start 줄이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>task %1 is created twice</source>
        <translation>태스크 %1이(가) 두 번 만들어집니다</translation>
    </message>
    <message>
        <source>more than %1 tasks</source>
        <translation>태스크가 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>a second main task while the first runs</source>
        <translation>첫 번째 main 태스크가 실행 중인데 두 번째 main 태스크가 나옵니다</translation>
    </message>
    <message>
        <source>a task resumes after its end</source>
        <translation>끝난 태스크가 다시 재개됩니다</translation>
    </message>
    <message>
        <source>a task suspends while it is not running</source>
        <translation>실행 중이 아닌 태스크가 일시 중단됩니다</translation>
    </message>
    <message>
        <source>&quot;await&quot; must be an object</source>
        <translation>&quot;await&quot;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>a task ends twice</source>
        <translation>태스크가 두 번 끝납니다</translation>
    </message>
    <message>
        <source>unknown task state &quot;%1&quot;</source>
        <translation>알 수 없는 태스크 상태 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown call state &quot;%1&quot;</source>
        <translation>알 수 없는 호출 상태 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a blocking call starts after it returned</source>
        <translation>블로킹 호출이 반환된 뒤에 시작합니다</translation>
    </message>
    <message>
        <source>a worker&apos;s call ends before it starts or after the line&apos;s time</source>
        <translation>작업 스레드의 호출이 시작 전에 끝나거나 줄의 시간보다 늦게 끝납니다</translation>
    </message>
    <message>
        <source>&quot;task&quot; is missing</source>
        <translation>&quot;task&quot;가 없습니다</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>알 수 없는 태스크 %1</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; must be an array of task ids</source>
        <translation>&quot;tasks&quot;는 태스크 id의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds from 0 to %2</source>
        <translation>&quot;%1&quot;은(는) 0에서 %2 사이의 초 값이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot;은(는) %2에서 %3 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot;은(는) 문자열이어야 합니다</translation>
    </message>
</context>
<context>
    <name>QueueStep</name>
    <message>
        <source>%1 must be the name of one of the scenario&apos;s queues, found %2</source>
        <translation>%1은(는) 시나리오의 큐 중 하나의 이름이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>&quot;put&quot; must be an object such as {&quot;queue&quot;: &quot;orders&quot;, &quot;item&quot;: &quot;latte&quot;}, found %1</source>
        <translation>&quot;put&quot;은 {&quot;queue&quot;: &quot;orders&quot;, &quot;item&quot;: &quot;latte&quot;} 같은 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>&quot;get&quot; must be the name of a queue or an object such as {&quot;queue&quot;: &quot;orders&quot;, &quot;as&quot;: &quot;item&quot;}, found %1</source>
        <translation>&quot;get&quot;은 큐의 이름이거나 {&quot;queue&quot;: &quot;orders&quot;, &quot;as&quot;: &quot;item&quot;} 같은 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>&quot;put&quot; takes an object such as {&quot;queue&quot;: &quot;orders&quot;, &quot;item&quot;: &quot;latte&quot;}</source>
        <translation>&quot;put&quot;은 {&quot;queue&quot;: &quot;orders&quot;, &quot;item&quot;: &quot;latte&quot;} 같은 객체를 받습니다</translation>
    </message>
    <message>
        <source>expected &quot;queue&quot; or &quot;item = queue&quot;</source>
        <translation>&quot;queue&quot; 또는 &quot;item = queue&quot; 형식이어야 합니다</translation>
    </message>
</context>
<context>
    <name>RaiseStep</name>
    <message>
        <source>&quot;raise&quot; must be an object such as {&quot;type&quot;: &quot;ValueError&quot;, &quot;message&quot;: &quot;bad response&quot;}, found %1</source>
        <translation>&quot;raise&quot;는 {&quot;type&quot;: &quot;ValueError&quot;, &quot;message&quot;: &quot;bad response&quot;} 같은 객체여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be one of %1, found %2</source>
        <translation>&quot;type&quot;은 %1 중 하나여야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>&quot;message&quot; must be a string, found %1</source>
        <translation>&quot;message&quot;는 문자열이어야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>&quot;message&quot; must be one line</source>
        <translation>&quot;message&quot;는 한 줄이어야 합니다</translation>
    </message>
    <message>
        <source>expected &quot;Type: message&quot; with a type among %1</source>
        <translation>&quot;Type: message&quot; 형식이어야 하며 Type은 %1 중 하나입니다</translation>
    </message>
</context>
<context>
    <name>RedirectPolicy</name>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>리다이렉트가 너무 많습니다(%1번 초과)</translation>
    </message>
    <message>
        <source>redirect to %1 refused: only http and https URLs are followed</source>
        <translation>%1(으)로의 리다이렉트를 거부했습니다: http와 https URL만 따라갑니다</translation>
    </message>
    <message>
        <source>redirect from https to http refused: %1</source>
        <translation>https에서 http로의 리다이렉트를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>redirect from a public host to a local address refused: %1</source>
        <translation>공개 호스트에서 로컬 주소로의 리다이렉트를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>redirect from a public host to a local address refused: %1 is %2</source>
        <translation>공개 호스트에서 로컬 주소로의 리다이렉트를 거부했습니다: %1은(는) %2입니다</translation>
    </message>
</context>
<context>
    <name>RepeatStep</name>
    <message>
        <source>&quot;repeat&quot; must be an object such as {&quot;times&quot;: 3, &quot;as&quot;: &quot;i&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation>&quot;repeat&quot;는 {&quot;times&quot;: 3, &quot;as&quot;: &quot;i&quot;, &quot;steps&quot;: [...]} 같은 객체여야 합니다. 찾은 값: %1</translation>
    </message>
    <message>
        <source>&quot;times&quot; must be a whole number from 0 to %1, found %2</source>
        <translation>&quot;times&quot;는 0부터 %1까지의 정수여야 합니다. 찾은 값: %2</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; takes an object such as {&quot;times&quot;: 3, &quot;as&quot;: &quot;i&quot;, &quot;steps&quot;: [...]}</source>
        <translation>&quot;repeat&quot;는 {&quot;times&quot;: 3, &quot;as&quot;: &quot;i&quot;, &quot;steps&quot;: [...]} 같은 객체를 받습니다</translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>its while True loop went round %1 times, the most a run allows: a loop that never lets time move would hang the event loop</source>
        <translation>while True 루프가 한 실행에 허용되는 최대치인 %1번을 돌았습니다: 시간이 흐르지 않게 하는 루프는 이벤트 루프를 멈춰 버립니다</translation>
    </message>
</context>
<context>
    <name>RunPreflight</name>
    <message>
        <source>nothing to run</source>
        <translation>실행할 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>RunSelection</name>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>is a directory</source>
        <translation>디렉터리입니다</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>그런 파일이나 디렉터리가 없습니다</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>the file is larger than %1</source>
        <translation>파일이 %1보다 큽니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1에서 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>the top level must be an object such as {&quot;format&quot;: %1, ...}</source>
        <translation>최상위 값은 {&quot;format&quot;: %1, ...} 같은 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>ScenarioObjects</name>
    <message>
        <source>an object is written as its type (%1) and, for a Semaphore&apos;s value or a Queue&apos;s maxsize, a number: &quot;Queue 2&quot;</source>
        <translation>객체는 종류(%1)로 적고, Semaphore의 value나 Queue의 maxsize는 숫자를 덧붙입니다: &quot;Queue 2&quot;</translation>
    </message>
    <message>
        <source>a %1 takes no %2</source>
        <translation>%1에는 %2을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>&quot;tasks&quot; must be an array of tasks</source>
        <translation>&quot;tasks&quot;는 작업의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; must hold at least one task</source>
        <translation>&quot;tasks&quot;에는 작업이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;routines&quot; must be an array of routines</source>
        <translation>&quot;routines&quot;는 루틴의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing (expected %1)</source>
        <translation>&quot;format&quot;이 없습니다 (필요한 값: %1)</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be %1, found %2</source>
        <translation>&quot;format&quot;에는 %1 값이 필요합니다. 실제 값: %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string of a-z, 0-9, _ and -, found %1</source>
        <translation>&quot;id&quot;는 a-z, 0-9, _, -로 이루어진 비어 있지 않은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>too many tasks and routines: %1 (the limit is %2)</source>
        <translation>작업과 루틴이 너무 많습니다: %1개 (최대 %2개)</translation>
    </message>
    <message>
        <source>too many steps in total: %1 (the limit is %2)</source>
        <translation>전체 단계가 너무 많습니다: %1개 (최대 %2개)</translation>
    </message>
    <message>
        <source>a task must be an object with &quot;name&quot; and &quot;steps&quot;</source>
        <translation>작업은 &quot;name&quot;과 &quot;steps&quot;가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>a routine must be an object with &quot;name&quot; and &quot;steps&quot;</source>
        <translation>루틴은 &quot;name&quot;과 &quot;steps&quot;가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string, found %1</source>
        <translation>&quot;name&quot;은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be an identifier (a letter or _, then letters, digits or _), found %1</source>
        <translation>&quot;name&quot;은 식별자(문자나 _로 시작하고 이어서 문자, 숫자, _)여야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;after&quot; must be an array of task names</source>
        <translation>&quot;after&quot;는 작업 이름의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>a task name must be a string, found %1</source>
        <translation>작업 이름은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be an array of steps</source>
        <translation>&quot;steps&quot;는 단계의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>too many steps: %1 (the limit is %2)</source>
        <translation>단계가 너무 많습니다: %1개 (최대 %2개)</translation>
    </message>
    <message>
        <source>a step must be an object such as {&quot;wait&quot;: 1}, found %1</source>
        <translation>단계는 {&quot;wait&quot;: 1} 같은 객체여야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>a step needs a kind (expected %1)</source>
        <translation>단계에 종류가 없습니다 (%1 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>a step has exactly one kind, found %1</source>
        <translation>단계에는 종류가 정확히 하나만 있어야 합니다. 발견된 종류: %1</translation>
    </message>
    <message>
        <source>unknown step %1 (expected %2)</source>
        <translation>알 수 없는 단계 %1 (%2 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>&quot;awaited&quot; must be true or false, found %1</source>
        <translation>&quot;awaited&quot;는 true 또는 false여야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;threads&quot; must be a whole number of worker threads from 1 to %1, found %2</source>
        <translation>&quot;threads&quot;는 1에서 %1 사이의 작업 스레드 수(정수)여야 합니다. 실제 값: %2</translation>
    </message>
    <message>
        <source>too many steps in total: more than %1</source>
        <translation>전체 단계가 너무 많습니다: %1개 초과</translation>
    </message>
    <message>
        <source>a block of steps must be an array of steps, found %1</source>
        <translation>단계 블록은 단계의 배열이어야 합니다. 찾은 값: %1</translation>
    </message>
    <message>
        <source>blocks nest too deep (the limit is %1)</source>
        <translation>블록이 너무 깊게 중첩되었습니다(한도 %1)</translation>
    </message>
</context>
<context>
    <name>ScenarioSource</name>
    <message>
        <source>unknown scenario %1: neither a built-in (%2) nor a file</source>
        <translation>알 수 없는 시나리오 %1: 기본 제공 시나리오(%2)도 아니고 파일도 아닙니다</translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>%1 is defined twice (first at %2)</source>
        <translation>%1 이름이 두 번 정의되었습니다 (처음 정의: %2)</translation>
    </message>
    <message>
        <source>unknown task %1 (that name is a routine)</source>
        <translation>알 수 없는 작업 %1 (이 이름은 루틴입니다)</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>알 수 없는 작업 %1</translation>
    </message>
    <message>
        <source>unknown routine %1 (that name is a task)</source>
        <translation>알 수 없는 루틴 %1 (이 이름은 작업입니다)</translation>
    </message>
    <message>
        <source>unknown routine %1</source>
        <translation>알 수 없는 루틴 %1</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>순환: %1</translation>
    </message>
    <message>
        <source>too many nested routine calls: %1 (the limit is %2)</source>
        <translation>루틴 호출이 너무 깊게 중첩되었습니다: %1 (최대 %2)</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>… (%1개 더)</translation>
    </message>
    <message>
        <source>a task that is never awaited cannot come after other tasks</source>
        <translation>await되지 않는 태스크는 다른 태스크 뒤에 올 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is never awaited, so no task can come after it</source>
        <translation>%1은(는) await되지 않으므로 어떤 태스크도 그 뒤에 올 수 없습니다</translation>
    </message>
    <message>
        <source>a run would take more than %1 steps (a routine&apos;s steps count each time it is awaited, a download&apos;s chunks one each)</source>
        <translation>실행하면 %1단계를 넘습니다 (루틴의 단계는 await될 때마다, 다운로드는 청크마다 하나씩 셉니다)</translation>
    </message>
    <message>
        <source>a run would last more than %1 seconds (its waits, blocks and downloads added up, a routine&apos;s each time it is awaited)</source>
        <translation>실행하면 %1초를 넘습니다 (wait, block, 다운로드를 모두 더한 시간이며, 루틴은 await될 때마다 셉니다)</translation>
    </message>
    <message>
        <source>a run would start %1 coroutines; the limit is %2 (one per task, and one per routine each time it is awaited)</source>
        <translation>실행하면 코루틴 %1개를 시작합니다. 한도는 %2개입니다 (태스크마다 하나, 루틴은 await될 때마다 하나)</translation>
    </message>
    <message>
        <source>a run would record %1 spans; the limit is %2 (one per task, routine, wait, block, gather, download and chunk)</source>
        <translation>실행하면 구간(span) %1개를 기록합니다. 한도는 %2개입니다 (태스크, 루틴, wait, block, gather, 다운로드, 청크마다 하나)</translation>
    </message>
    <message>
        <source>a run would print %1 log lines; the limit is %2</source>
        <translation>실행하면 로그 %1줄을 출력합니다. 한도는 %2줄입니다</translation>
    </message>
    <message>
        <source>a run would write %1 characters of log lines and names; the limit is %2</source>
        <translation>실행하면 로그와 이름으로 %1자를 씁니다. 한도는 %2자입니다</translation>
    </message>
    <message>
        <source>unknown object %1 (declare it in &quot;objects&quot;)</source>
        <translation>알 수 없는 객체 %1 (&quot;objects&quot;에 선언하세요)</translation>
    </message>
    <message>
        <source>unknown object %1 (that name is a task or routine)</source>
        <translation>알 수 없는 객체 %1 (이 이름은 태스크나 루틴입니다)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>%1 is an asyncio.%2, not an %3 (%4 takes that)</source>
        <translation>%1은(는) asyncio.%2이며 %3이(가) 아닙니다 (%4에는 그것이 필요합니다)</translation>
    </message>
    <message>
        <source>%1 must be inside {&quot;async_with&quot;: {&quot;object&quot;: %2, ...}}: CPython raises RuntimeError when the condition&apos;s lock is not held</source>
        <translation>%1은(는) {&quot;async_with&quot;: {&quot;object&quot;: %2, ...}} 안에 있어야 합니다: 컨디션의 락을 잡지 않으면 CPython이 RuntimeError를 일으킵니다</translation>
    </message>
    <message>
        <source>%1 is held already by an async_with around this one: a %2 cannot be taken twice, the task would wait for itself forever</source>
        <translation>%1은(는) 이 단계를 둘러싼 async_with가 이미 잡고 있습니다: %2은(는) 두 번 잡을 수 없으며, 태스크가 자기 자신을 영원히 기다리게 됩니다</translation>
    </message>
</context>
<context>
    <name>SecondsText</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>serve needs an application object</source>
        <translation>serve에는 애플리케이션 객체가 필요합니다</translation>
    </message>
    <message>
        <source>Serving on %1 (Ctrl+C to stop)</source>
        <translation>%1에서 서버 실행 중 (중지하려면 Ctrl+C)</translation>
    </message>
    <message>
        <source>try: curl %1</source>
        <translation>사용해 보기: curl %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지되었습니다.</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Sync</source>
        <translation>동기 실행</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>순차 실행</translation>
    </message>
    <message>
        <source>Gather</source>
        <translation>동시 실행(gather)</translation>
    </message>
    <message>
        <source>create_task</source>
        <translation>create_task</translation>
    </message>
    <message>
        <source>Bounded %1</source>
        <translation>최대 %1개 동시</translation>
    </message>
    <message>
        <source>tasks[%1] &quot;%2&quot; comes after &quot;%3&quot;, which runs later in %4 mode</source>
        <translation>tasks[%1] &quot;%2&quot;의 선행 작업 &quot;%3&quot;이(가) %4 모드에서는 더 나중에 실행됩니다</translation>
    </message>
    <message>
        <source>tasks[%1] &quot;%2&quot; is created as a task and never awaited: that needs an event loop, and sync mode has none</source>
        <translation>tasks[%1] &quot;%2&quot;은(는) 태스크로 만들어지고 await되지 않습니다: 이벤트 루프가 필요한데 sync 모드에는 없습니다</translation>
    </message>
    <message>
        <source>TaskGroup</source>
        <translation>TaskGroup</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>control character U+%1 in a string (write it as an escape such as \n, \t or \u0001)</source>
        <translation>문자열 안의 제어 문자 U+%1 (\n, \t, \u0001 같은 이스케이프로 쓰세요)</translation>
    </message>
    <message>
        <source>unknown escape %1 in a string (write \\ for a backslash)</source>
        <translation>문자열 안에 알 수 없는 이스케이프 %1이(가) 있습니다 (역슬래시는 \\로 쓰세요)</translation>
    </message>
    <message>
        <source>illegal number %1 (JSON needs a digit on each side of the point, as in 0.5)</source>
        <translation>잘못된 숫자 %1 (JSON에서는 0.5처럼 소수점 양쪽에 숫자가 있어야 합니다)</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>%1 키가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1에서 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>illegal number %1 (JSON numbers have no leading zeros)</source>
        <translation>잘못된 숫자 %1 (JSON 숫자에는 앞자리 0을 붙일 수 없습니다)</translation>
    </message>
</context>
<context>
    <name>SyncObjects</name>
    <message>
        <source>deadlock: every task left waits for a Lock, Event or Condition that no task will release, set or notify, or comes after a task that failed</source>
        <translation>교착 상태: 남은 태스크가 모두 어떤 태스크도 release, set, notify하지 않을 Lock, Event, Condition을 기다리거나 실패한 태스크 다음 차례를 기다립니다</translation>
    </message>
</context>
<context>
    <name>TaskGroupStep</name>
    <message>
        <source>&quot;task_group&quot; must be an array of routine names, at least one</source>
        <translation>&quot;task_group&quot;은 루틴 이름의 배열이어야 하며 하나 이상이 필요합니다</translation>
    </message>
    <message>
        <source>too many routines in one task group: %1 (the limit is %2)</source>
        <translation>한 태스크 그룹의 루틴이 너무 많습니다: %1 (한도는 %2)</translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation>루틴 이름은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>it runs its routines in an asyncio.TaskGroup: a TaskGroup needs an event loop, and sync mode has none</source>
        <translation>루틴을 asyncio.TaskGroup에서 실행합니다: TaskGroup에는 이벤트 루프가 필요한데 sync 모드에는 없습니다</translation>
    </message>
</context>
<context>
    <name>TimedStep</name>
    <message>
        <source>&quot;%1&quot; takes a number of seconds, such as 1.5</source>
        <translation>&quot;%1&quot;에는 1.5 같은 초 단위 숫자를 씁니다</translation>
    </message>
</context>
<context>
    <name>TimelineSummary</name>
    <message>
        <source>Nothing has run yet: Run (F5) fills the timeline</source>
        <translation>아직 실행한 것이 없습니다: 실행(F5)하면 타임라인이 채워집니다</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>실행: %1</translation>
    </message>
    <message>
        <source>%1: lanes %2, spans %3</source>
        <translation>%1: 레인 %2개, 구간 %3개</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>%1 %2</source>
        <comment>run label, total</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>same speed</source>
        <translation>같은 속도</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1배 빠름</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>%1배 느림</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation>%1에 중지됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>suspended (await)</source>
        <translation>대기 중(await)</translation>
    </message>
    <message>
        <source>blocked (time.sleep)</source>
        <translation>차단됨(time.sleep)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>lane: span</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <comment>start–end seconds</comment>
        <translation>%1–%2초</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>조각 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes received of expected</comment>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <comment>kilobytes</comment>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>gigabytes</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>bytes per second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>TTFB —</source>
        <comment>time to first byte, none yet</comment>
        <translation>TTFB —</translation>
    </message>
    <message>
        <source>TTFB %1</source>
        <comment>time to first byte</comment>
        <translation>TTFB %1</translation>
    </message>
    <message>
        <source>loop lag</source>
        <translation>루프 지연</translation>
    </message>
    <message>
        <source>worst %1 ms</source>
        <translation>최대 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 … %2 (%n lanes)</source>
        <translation>
            <numerusform>%1 … %2 (레인 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>returned %1</source>
        <comment>a routine&apos;s value, as Python&apos;s repr</comment>
        <translation>반환값 %1</translation>
    </message>
    <message>
        <source>awaiting a worker thread (to_thread)</source>
        <translation>작업 스레드를 기다리는 중 (to_thread)</translation>
    </message>
    <message>
        <source>running on a worker thread</source>
        <translation>작업 스레드에서 실행 중</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>raised, caught</source>
        <translation>예외 발생 후 잡힘</translation>
    </message>
    <message>
        <source>raised %1, caught by %2</source>
        <comment>exception, except clause</comment>
        <translation>%1 예외 발생, %2 절에서 잡힘</translation>
    </message>
    <message>
        <source>running on a worker thread (time.sleep)</source>
        <translation>작업 스레드에서 실행 중 (time.sleep)</translation>
    </message>
    <message>
        <source>best in this mode: %1</source>
        <translation>이 모드의 최선: %1</translation>
    </message>
    <message>
        <source>best total in this mode</source>
        <translation>이 모드의 최선 총 시간</translation>
    </message>
    <message>
        <source>waiting on a queue, lock, event or semaphore</source>
        <translation>큐·락·이벤트·세마포어를 기다리는 중</translation>
    </message>
    <message>
        <source>who wakes whom</source>
        <translation>누가 누구를 깨우는지</translation>
    </message>
    <message>
        <source>released, set, notified, put or got: wakes a waiter</source>
        <comment>legend: the dashed arrow of a Lock, Event, Condition or Queue waking a task</comment>
        <translation>release·set·notify·put·get으로 기다리던 태스크를 깨움</translation>
    </message>
    <message>
        <source>critical path (sets the total)</source>
        <translation>임계 경로 (총 시간을 정함)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>최소 %1</translation>
    </message>
</context>
<context>
    <name>TimeoutStep</name>
    <message>
        <source>&quot;timeout&quot; must be an object such as {&quot;seconds&quot;: 2, &quot;steps&quot;: [...]}, found %1</source>
        <translation>&quot;timeout&quot;은 {&quot;seconds&quot;: 2, &quot;steps&quot;: [...]} 같은 객체여야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>it runs steps in async with asyncio.timeout(%1): a timeout needs an event loop, and sync mode has none</source>
        <translation>async with asyncio.timeout(%1) 안에서 단계를 실행합니다: 타임아웃에는 이벤트 루프가 필요한데 sync 모드에는 없습니다</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; takes an object such as {&quot;seconds&quot;: 2, &quot;steps&quot;: [...]}</source>
        <translation>&quot;timeout&quot;은 {&quot;seconds&quot;: 2, &quot;steps&quot;: [...]} 같은 객체를 받습니다</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>main routine: calc()</source>
        <translation>메인 루틴: calc()</translation>
    </message>
    <message>
        <source>subroutine: add()</source>
        <translation>서브 루틴: add()</translation>
    </message>
    <message>
        <source>caller (main routine)</source>
        <translation>호출자 (메인 루틴)</translation>
    </message>
    <message>
        <source>coroutine: number_coroutine()</source>
        <translation>코루틴: number_coroutine()</translation>
    </message>
    <message>
        <source>created, not started</source>
        <translation>생성됨, 아직 시작 안 함</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>아직 호출되지 않음</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>paused at yield</source>
        <translation>yield에서 일시 정지</translation>
    </message>
    <message>
        <source>waiting for add to return</source>
        <translation>add가 반환되기를 기다리는 중</translation>
    </message>
    <message>
        <source>waiting for the coroutine</source>
        <translation>코루틴을 기다리는 중</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>gone: its locals went with it</source>
        <translation>사라짐: 지역 변수도 함께 사라짐</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>no locals</source>
        <translation>지역 변수 없음</translation>
    </message>
    <message>
        <source>end of the program</source>
        <translation>프로그램 끝</translation>
    </message>
    <message>
        <source>The program calls calc(), the main routine.</source>
        <translation>프로그램이 메인 루틴 calc()를 호출합니다.</translation>
    </message>
    <message>
        <source>calc calls %1: control jumps into the subroutine, with %2.</source>
        <translation>calc에서 %1 호출: 제어가 서브 루틴으로 넘어갑니다 (%2).</translation>
    </message>
    <message>
        <source>add computes %1 = %2.</source>
        <translation>add가 계산합니다: %1 = %2.</translation>
    </message>
    <message>
        <source>add returns: control goes back to calc, right after the call, and add&apos;s locals are gone.</source>
        <translation>add가 반환됩니다: 제어가 호출 바로 다음의 calc로 돌아가고, add의 지역 변수는 사라집니다.</translation>
    </message>
    <message>
        <source>%1 makes a coroutine object; none of its code has run yet.</source>
        <translation>%1: 코루틴 객체를 만듭니다. 코드는 아직 하나도 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 starts the coroutine: it runs up to its first yield.</source>
        <translation>%1: 코루틴을 시작합니다. 첫 yield까지 실행됩니다.</translation>
    </message>
    <message>
        <source>The coroutine pauses at yield and control goes back to the caller.</source>
        <translation>코루틴이 yield에서 멈추고 제어가 호출자에게 돌아갑니다.</translation>
    </message>
    <message>
        <source>The coroutine pauses at yield and control goes back to the caller; it keeps %1.</source>
        <translation>코루틴이 yield에서 멈추고 제어가 호출자에게 돌아갑니다. 코루틴은 %1 값을 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>%1 resumes the coroutine at its yield; %2 becomes %3.</source>
        <translation>%1: yield에서 멈춘 코루틴을 다시 실행합니다. 이제 %2 = %3입니다.</translation>
    </message>
    <message>
        <source>add prints %1.</source>
        <translation>add가 출력합니다: %1</translation>
    </message>
    <message>
        <source>The coroutine prints %1, then loops back to its yield.</source>
        <translation>코루틴이 출력합니다: %1. 그리고 루프를 돌아 다시 yield로 갑니다.</translation>
    </message>
    <message>
        <source>calc carries on and prints %1.</source>
        <translation>calc가 이어서 출력합니다: %1</translation>
    </message>
    <message>
        <source>calc returns and the program ends; add ran once and nothing of it is left.</source>
        <translation>calc가 반환되고 프로그램이 끝납니다. add는 한 번 실행되었고 아무것도 남지 않았습니다.</translation>
    </message>
    <message>
        <source>The program ends with the coroutine still paused at its yield, holding %1.</source>
        <translation>프로그램이 끝납니다. 코루틴은 여전히 yield에서 멈춘 채 %1 값을 가지고 있습니다.</translation>
    </message>
</context>
<context>
    <name>TryStep</name>
    <message>
        <source>&quot;try&quot; must be an object such as {&quot;steps&quot;: [...], &quot;except&quot;: [...], &quot;finally&quot;: [...]}, found %1</source>
        <translation>&quot;try&quot;는 {&quot;steps&quot;: [...], &quot;except&quot;: [...], &quot;finally&quot;: [...]} 같은 객체여야 합니다. 찾은 값: %1</translation>
    </message>
    <message>
        <source>a try needs &quot;except&quot; or &quot;finally&quot; (or both), as in Python</source>
        <translation>try에는 파이썬처럼 &quot;except&quot;나 &quot;finally&quot;(또는 둘 다)가 있어야 합니다</translation>
    </message>
    <message>
        <source>too many except clauses: %1 (the limit is %2)</source>
        <translation>except 절이 너무 많습니다: %1개(한도 %2개)</translation>
    </message>
    <message>
        <source>an except clause must be an object such as {&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]}, found %1</source>
        <translation>except 절은 {&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]} 같은 객체여야 합니다. 찾은 값: %1</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be an exception class among %1, or an array of them, found %2</source>
        <translation>&quot;type&quot;은 %1 중 하나의 예외 클래스이거나 그 배열이어야 합니다. 찾은 값: %2</translation>
    </message>
    <message>
        <source>&quot;try&quot; takes an object such as {&quot;steps&quot;: [...], &quot;except&quot;: [{&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]}]}</source>
        <translation>&quot;try&quot;에는 {&quot;steps&quot;: [...], &quot;except&quot;: [{&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]}]} 같은 객체를 씁니다</translation>
    </message>
    <message>
        <source>a try cannot have both &quot;except&quot; and &quot;except*&quot;, as in Python (SyntaxError: cannot have both &apos;except&apos; and &apos;except*&apos; on the same &apos;try&apos;)</source>
        <translation>파이썬처럼 한 try에 &quot;except&quot;와 &quot;except*&quot;를 함께 쓸 수 없습니다 (SyntaxError: cannot have both &apos;except&apos; and &apos;except*&apos; on the same &apos;try&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty array of clauses such as {&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]}, found %2</source>
        <translation>&quot;%1&quot;는 {&quot;type&quot;: &quot;ValueError&quot;, &quot;steps&quot;: [...]} 같은 절의 비어 있지 않은 배열이어야 합니다. 찾은 값: %2</translation>
    </message>
    <message>
        <source>except* cannot catch ExceptionGroup, as in Python (TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.)</source>
        <translation>파이썬처럼 except*로는 ExceptionGroup을 잡을 수 없습니다 (TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.)</translation>
    </message>
    <message>
        <source>a return cannot be in an except* clause, as in Python (SyntaxError: &apos;break&apos;, &apos;continue&apos; and &apos;return&apos; cannot appear in an except* block)</source>
        <translation>파이썬처럼 except* 절 안에는 return을 쓸 수 없습니다 (SyntaxError: &apos;break&apos;, &apos;continue&apos; and &apos;return&apos; cannot appear in an except* block)</translation>
    </message>
</context>
<context>
    <name>UrlScenario</name>
    <message>
        <source>line %1: %2 is not an http(s) URL</source>
        <translation>%1행: %2은(는) http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <source>line %1: too many URLs (at most %2)</source>
        <translation>%1행: URL이 너무 많습니다 (최대 %2개)</translation>
    </message>
    <message>
        <source>no URLs: paste one http(s) URL per line</source>
        <translation>URL이 없습니다: 한 줄에 http(s) URL을 하나씩 붙여 넣으세요</translation>
    </message>
    <message>
        <source>pasted URLs</source>
        <translation>붙여 넣은 URL</translation>
    </message>
</context>
<context>
    <name>VariableFlow</name>
    <message>
        <source>a task does not return a value here: its value is its &quot;result&quot;</source>
        <translation>태스크는 여기서 값을 반환하지 않습니다: 태스크의 값은 &quot;result&quot;입니다</translation>
    </message>
    <message>
        <source>return values, variables and f-strings inside a try are not followed yet: use them outside it</source>
        <translation>try 안의 반환값, 변수, f-문자열은 아직 추적하지 않습니다: try 밖에서 쓰세요</translation>
    </message>
    <message>
        <source>variable %1 is used before it is bound in this function</source>
        <translation>변수 %1이(가) 이 함수에서 대입되기 전에 쓰였습니다</translation>
    </message>
    <message>
        <source>unknown variable %1: bind it in this function first, with &quot;as&quot; in a call or gather</source>
        <translation>알 수 없는 변수 %1: 먼저 이 함수에서 call이나 gather의 &quot;as&quot;로 대입하세요</translation>
    </message>
    <message>
        <source>a variable cannot be called %1: the programs use that name</source>
        <translation>변수 이름으로 %1을(를) 쓸 수 없습니다: 생성되는 프로그램이 쓰는 이름입니다</translation>
    </message>
    <message>
        <source>%1 += needs %1 bound before in this function</source>
        <translation>%1 +=를 쓰려면 이 함수에서 %1이(가) 먼저 대입되어 있어야 합니다</translation>
    </message>
    <message>
        <source>list += str would add the characters one by one; return a list or bind a str</source>
        <translation>list += str은 문자를 하나씩 추가합니다; list를 반환하거나 str을 대입하세요</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; returns the variable itself: the Korean text must be the same</source>
        <translation>&quot;{%1}&quot;은 변수 자체를 반환합니다: 한국어 텍스트도 같아야 합니다</translation>
    </message>
    <message>
        <source>return values, variables and f-strings inside an async_with are not followed yet: use them outside it</source>
        <translation>async_with 안의 반환값, 변수, f-문자열은 아직 추적하지 않습니다: async_with 밖에서 쓰세요</translation>
    </message>
    <message>
        <source>values bound or returned inside a loop are not followed yet: use them outside it</source>
        <translation>루프 안에서 바인딩하거나 반환하는 값은 아직 추적하지 않습니다: 루프 밖에서 사용하세요</translation>
    </message>
    <message>
        <source>%1 is a loop&apos;s int: += on it is not followed yet</source>
        <translation>%1은(는) 루프의 int입니다: 그것에 대한 +=는 아직 추적하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is a loop&apos;s int: returning it is not followed yet</source>
        <translation>%1은(는) 루프의 int입니다: 그것을 반환하는 것은 아직 추적하지 않습니다</translation>
    </message>
    <message>
        <source>an item got from a queue is put back in an f-string that makes it longer each round: its length is not followed</source>
        <translation>큐에서 꺼낸 항목을 f-string으로 다시 넣어 매번 더 길어집니다: 그 길이는 추적하지 않습니다</translation>
    </message>
</context>
<context>
    <name>WaitForStep</name>
    <message>
        <source>&quot;wait_for&quot; must be an object such as {&quot;routine&quot;: &quot;slow_api&quot;, &quot;timeout&quot;: 2}, found %1</source>
        <translation>&quot;wait_for&quot;는 {&quot;routine&quot;: &quot;slow_api&quot;, &quot;timeout&quot;: 2} 같은 객체여야 합니다. 찾은 값: %1</translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation>루틴 이름은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>it awaits asyncio.wait_for(%1(), timeout=...): wait_for needs an event loop, and sync mode has none</source>
        <translation>asyncio.wait_for(%1(), timeout=...)를 await합니다: wait_for에는 이벤트 루프가 필요한데 sync 모드에는 없습니다</translation>
    </message>
    <message>
        <source>expected &quot;routine, seconds&quot;, such as slow_api, 2</source>
        <translation>&quot;루틴, 초&quot; 형식이어야 합니다. 예: slow_api, 2</translation>
    </message>
</context>
<context>
    <name>WaitTasksStep</name>
    <message>
        <source>&quot;wait_tasks&quot; must be an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;return_when&quot;: &quot;FIRST_COMPLETED&quot;}, found %1</source>
        <translation>&quot;wait_tasks&quot;는 {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;return_when&quot;: &quot;FIRST_COMPLETED&quot;} 같은 객체여야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;routines&quot; must be an array of 1 to %1 routine names, found %2</source>
        <translation>&quot;routines&quot;는 루틴 이름 1개에서 %1개까지의 배열이어야 합니다. 찾은 값: %2</translation>
    </message>
    <message>
        <source>a routine name must be a string, found %1</source>
        <translation>루틴 이름은 문자열이어야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>&quot;return_when&quot; must be one of %1, found %2</source>
        <translation>&quot;return_when&quot;은 %1 중 하나여야 합니다. 실제 값: %2</translation>
    </message>
    <message>
        <source>&quot;cancel_pending&quot; must be true or false, found %1</source>
        <translation>&quot;cancel_pending&quot;은 true 또는 false여야 합니다. 실제 값: %1</translation>
    </message>
    <message>
        <source>asyncio.wait needs an event loop, and sync mode has none</source>
        <translation>asyncio.wait에는 이벤트 루프가 필요한데 sync 모드에는 없습니다</translation>
    </message>
    <message>
        <source>&quot;wait_tasks&quot; takes an object such as {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;return_when&quot;: &quot;FIRST_COMPLETED&quot;, &quot;cancel_pending&quot;: true}</source>
        <translation>&quot;wait_tasks&quot;는 {&quot;routines&quot;: [&quot;a&quot;, &quot;b&quot;], &quot;return_when&quot;: &quot;FIRST_COMPLETED&quot;, &quot;cancel_pending&quot;: true} 같은 객체를 받습니다</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>corokitchen: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are empty). Try xvfb-run, or a headless command such as: corokitchen compare kitchen --chart kitchen.png</source>
        <translation>corokitchen: 창을 열 디스플레이가 없습니다(DISPLAY와 WAYLAND_DISPLAY가 비어 있습니다). xvfb-run을 사용하거나, 다음과 같은 헤드리스 명령을 사용해 보세요: corokitchen compare kitchen --chart kitchen.png</translation>
    </message>
</context>
<context>
    <name>ck::CodePanel</name>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source>// %1</source>
        <translation>// %1</translation>
    </message>
    <message>
        <source>Python asyncio</source>
        <translation>Python asyncio</translation>
    </message>
    <message>
        <source>C++20 with QCoro</source>
        <translation>C++20과 QCoro</translation>
    </message>
    <message>
        <source>Which run of the comparison the programs follow</source>
        <translation>비교 중 어느 실행의 프로그램을 보여 줄지 고릅니다</translation>
    </message>
    <message>
        <source>Where Python and C++ differ: a QCoro::Task starts when called, a Python coroutine object does not</source>
        <translation>Python과 C++의 차이: QCoro::Task는 호출하는 순간 시작하지만, 파이썬 코루틴 객체는 그렇지 않습니다</translation>
    </message>
    <message>
        <source>%1 %2 tasks are more than this view shows (%3 at most).
%1 The command line writes the whole program:
%1   corokitchen code %4 --as %5</source>
        <translation>%1 태스크 %2개는 이 화면에 보여 줄 수 있는 것보다 많습니다(최대 %3개).
%1 명령줄로 전체 프로그램을 쓸 수 있습니다:
%1   corokitchen code %4 --as %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
</context>
<context>
    <name>ck::ControlTransferPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Play one step after another (Space)</source>
        <translation>한 단계씩 차례로 재생 (Space)</translation>
    </message>
    <message>
        <source>Main routine and subroutine</source>
        <translation>메인 루틴과 서브 루틴</translation>
    </message>
    <message>
        <source>Coroutine receiving values</source>
        <translation>값을 받는 코루틴</translation>
    </message>
    <message>
        <source>Which of the seed&apos;s two programs to step through</source>
        <translation>단계별로 따라갈 예제 프로그램</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>이전 단계 (왼쪽 화살표)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>다음 단계 (오른쪽 화살표)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Run the program again from its first step (Home)</source>
        <translation>프로그램을 첫 단계부터 다시 실행 (Home)</translation>
    </message>
    <message>
        <source>Python program</source>
        <translation>Python 프로그램</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
</context>
<context>
    <name>ck::DownloadsPanel</name>
    <message>
        <source>%1 / %2</source>
        <comment>bytes received / expected</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 bytes of an unknown size</source>
        <translation>%1바이트 (전체 크기 알 수 없음)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2바이트 중 %1바이트</translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>받는 중…</translation>
    </message>
    <message>
        <source>waiting for the first byte…</source>
        <translation>첫 바이트를 기다리는 중…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <comment>failure reason</comment>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 크기</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>첫 바이트</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time to first byte: from the request to the first bytes that arrived</source>
        <translation>첫 바이트까지 시간: 요청을 보낸 때부터 첫 바이트가 도착할 때까지</translation>
    </message>
    <message>
        <source>Each download of the run gets a row here, filled as its bytes arrive. File → Download URLs… (Ctrl+U) runs URLs of your own.</source>
        <translation>실행의 각 다운로드가 여기에 한 행씩 표시되고, 데이터가 도착하는 대로 채워집니다. 파일 → URL 다운로드… (Ctrl+U)로 직접 고른 URL을 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
</context>
<context>
    <name>ck::EventLoopPanel</name>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>suspended on a timer</source>
        <translation>타이머에서 일시 중단</translation>
    </message>
    <message>
        <source>suspended on the network</source>
        <translation>네트워크에서 일시 중단</translation>
    </message>
    <message>
        <source>suspended, awaiting</source>
        <translation>일시 중단, await 중</translation>
    </message>
    <message>
        <source>blocked (holds the loop)</source>
        <translation>블로킹 (루프를 붙잡음)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Event loop: not running</source>
        <translation>이벤트 루프: 실행 중 아님</translation>
    </message>
    <message>
        <source>Event loop: BLOCKED by %1 in %2 until %3 — nothing else can run</source>
        <translation>이벤트 루프: %1이(가) %2에서 %3까지 블로킹 중 — 다른 것은 실행될 수 없습니다</translation>
    </message>
    <message>
        <source>Event loop: running %1</source>
        <translation>이벤트 루프: %1 실행 중</translation>
    </message>
    <message>
        <source>Event loop: closed, main() has returned</source>
        <translation>이벤트 루프: 닫힘, main()이 반환되었습니다</translation>
    </message>
    <message>
        <source>Event loop: picking the next ready coroutine</source>
        <translation>이벤트 루프: 다음 준비된 코루틴을 고르는 중</translation>
    </message>
    <message>
        <source>Event loop: idle, waiting for the network</source>
        <translation>이벤트 루프: 유휴, 네트워크를 기다리는 중</translation>
    </message>
    <message>
        <source>Event loop: idle until %1</source>
        <translation>이벤트 루프: %1까지 유휴</translation>
    </message>
    <message>
        <source>Ready queue: %1</source>
        <translation>준비 큐: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next timers: %1</source>
        <translation>다음 타이머: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Coroutine</source>
        <translation>코루틴</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>기다리는 것</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Event loop: not followed. This view follows runs of up to %1 tasks; a run of %2 records no loop events, to keep its memory small.</source>
        <translation>이벤트 루프: 따라가지 않음. 이 화면은 태스크 %1개까지의 실행을 따라갑니다. 태스크 %2개의 실행은 메모리를 아끼려고 루프 이벤트를 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 외 %2개</translation>
    </message>
</context>
<context>
    <name>ck::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Nothing to copy yet: run the scenario first.</source>
        <translation>아직 복사할 내용이 없습니다. 먼저 시나리오를 실행하세요.</translation>
    </message>
    <message>
        <source>cannot write %1: nothing to export yet, run the scenario first</source>
        <translation>%1 파일을 쓸 수 없습니다: 아직 내보낼 내용이 없습니다. 먼저 시나리오를 실행하세요</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 벡터 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Chrome trace JSON for Perfetto (*.json)</source>
        <translation>Perfetto용 Chrome 트레이스 JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>CoroKitchen run JSON (*.json)</source>
        <translation>CoroKitchen 실행 JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Cannot copy the chart: %1</source>
        <translation>차트를 복사할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ck::FidelityRun</name>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
</context>
<context>
    <name>ck::LessonBanner</name>
    <message>
        <source>Hide the lesson text</source>
        <translation>학습 설명 숨기기</translation>
    </message>
</context>
<context>
    <name>ck::LoopbackServer</name>
    <message>
        <source>The loopback server is already listening on port %1.</source>
        <translation>루프백 서버가 이미 %1 포트에서 수신 대기 중입니다.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1에서 수신 대기할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ck::MainWindow</name>
    <message>
        <source>Cannot open the scenario</source>
        <translation>시나리오를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot run the scenario in this mode</source>
        <translation>이 모드에서는 시나리오를 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>차트를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation>알 수 없는 모드</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <source>CoroKitchen scenarios (*.json)</source>
        <translation>CoroKitchen 시나리오 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>About CoroKitchen</source>
        <translation>CoroKitchen 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoroKitchen %1&lt;/h3&gt;&lt;p&gt;Makes asynchronous concurrency visible: real QCoro coroutines on the Qt event loop, drawn live on a timeline, sequential and concurrent side by side.&lt;/p&gt;&lt;p&gt;Qt %2 · QCoro 0.8&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoroKitchen %1&lt;/h3&gt;&lt;p&gt;비동기 동시성을 눈으로 보여 줍니다: Qt 이벤트 루프 위에서 도는 실제 QCoro 코루틴을 타임라인에 실시간으로 그리고, 순차 실행과 동시 실행을 나란히 비교합니다.&lt;/p&gt;&lt;p&gt;Qt %2 · QCoro 0.8&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — CoroKitchen</source>
        <translation>%1 — CoroKitchen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation>실행 중… %1초</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>%1에 중지됨</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>시나리오:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Scenario seconds per real second (real clock)</source>
        <translation>실제 1초 동안 흐르는 시나리오 시간(초) (real 시계)</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>시나리오 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>차트 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation>트레이스 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>CSV 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Export run &amp;JSON…</source>
        <translation>실행 JSON 내보내기(&amp;J)…</translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation>차트 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Run the scenario (F5)</source>
        <translation>시나리오 실행 (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>실행 중지 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>즉시(&amp;I)</translation>
    </message>
    <message>
        <source>Run on the virtual clock: the whole timeline at once, exact to the nanosecond</source>
        <translation>가상 시계(virtual)로 실행합니다: 전체 타임라인을 한 번에, 나노초 단위까지 정확하게 계산합니다</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>빠르게(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>느리게(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log panel</source>
        <translation>로그 패널(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Summary panel</source>
        <translation>요약 패널(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CoroKitchen</source>
        <translation>CoroKitchen 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 파일을 저장했습니다</translation>
    </message>
    <message>
        <source>Cannot download these URLs</source>
        <translation>이 URL을 다운로드할 수 없습니다</translation>
    </message>
    <message>
        <source>Instant switched off: %1</source>
        <translation>즉시 실행을 껐습니다: %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download &amp;URLs…</source>
        <translation>URL 다운로드(&amp;U)…</translation>
    </message>
    <message>
        <source>Paste URLs and download them, one by one or concurrently</source>
        <translation>URL을 붙여 넣어 하나씩 또는 동시에 다운로드합니다</translation>
    </message>
    <message>
        <source>&amp;Downloads panel</source>
        <translation>다운로드 패널(&amp;D)</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>이벤트 루프</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>해설</translation>
    </message>
    <message>
        <source>&amp;Event loop panel</source>
        <translation>이벤트 루프 패널(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Narration panel</source>
        <translation>해설 패널(&amp;N)</translation>
    </message>
    <message>
        <source>Coroutine basics</source>
        <translation>코루틴 기초</translation>
    </message>
    <message>
        <source>&amp;Coroutine basics: routines, subroutines, yield and send</source>
        <translation>코루틴 기초: 루틴, 서브루틴, yield와 send(&amp;C)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>재생:</translation>
    </message>
    <message>
        <source>Undo the last scheduling event (Ctrl+Left)</source>
        <translation>마지막 스케줄링 이벤트를 되돌립니다 (Ctrl+Left)</translation>
    </message>
    <message>
        <source>The next scheduling event happens (Ctrl+Right)</source>
        <translation>다음 스케줄링 이벤트가 일어납니다 (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>다시 재생(&amp;P)</translation>
    </message>
    <message>
        <source>Replay the finished run at the replay speed, or pause (F6)</source>
        <translation>끝난 실행을 재생 속도로 다시 보여 주거나 일시 정지합니다 (F6)</translation>
    </message>
    <message>
        <source>Back to the &amp;end</source>
        <translation>끝으로 돌아가기(&amp;E)</translation>
    </message>
    <message>
        <source>Scrub through the run; clicking the timeline does the same</source>
        <translation>실행을 앞뒤로 훑어봅니다. 타임라인을 클릭해도 됩니다</translation>
    </message>
    <message>
        <source>Replay speed: scenario seconds per real second</source>
        <translation>재생 속도: 실제 1초당 시나리오 초</translation>
    </message>
    <message>
        <source>Step and replay work on a finished run: run it first (Instant runs it at once)</source>
        <translation>단계 이동과 재생은 끝난 실행에서만 됩니다: 먼저 실행하세요 (즉시 실행하면 바로 끝납니다)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>C&amp;ode panel</source>
        <translation>코드 패널(&amp;O)</translation>
    </message>
    <message>
        <source>Replay: %1 s of %2 s, event %3 of %4</source>
        <translation>재생: %2초 중 %1초, 이벤트 %4개 중 %3번째</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>새 시나리오(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit this scenario</source>
        <translation>이 시나리오 편집(&amp;E)</translation>
    </message>
    <message>
        <source>Open the current scenario in the editor (a built-in as a copy)</source>
        <translation>현재 시나리오를 편집기에서 엽니다 (기본 제공 시나리오는 사본으로)</translation>
    </message>
    <message>
        <source>Sa&amp;ve scenario</source>
        <translation>시나리오 저장(&amp;V)</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>다른 이름으로 시나리오 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Scenario edi&amp;tor</source>
        <translation>시나리오 편집기(&amp;T)</translation>
    </message>
    <message>
        <source>Editor — %1%2</source>
        <translation>편집기 — %1%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>시나리오를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>다른 이름으로 시나리오 저장</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>미리 보기 없음: %1</translation>
    </message>
    <message>
        <source> tasks</source>
        <translation>개 태스크</translation>
    </message>
    <message>
        <source>How many sleepers the crowd has (up to 1,000,000)</source>
        <translation>crowd의 sleeper 수 (최대 1,000,000)</translation>
    </message>
    <message>
        <source>Switched to %1: %2</source>
        <translation>%1 모드로 바꿨습니다: %2</translation>
    </message>
    <message>
        <source>unknown mode %1 (expected sequential, gather, create-task, bounded:N, task-group or compare)</source>
        <translation>알 수 없는 모드 %1 (sequential, gather, create-task, bounded:N, task-group, compare 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>예제(&amp;X)</translation>
    </message>
    <message>
        <source>Program &amp;limits…</source>
        <translation>프로그램 제한(&amp;L)…</translation>
    </message>
    <message>
        <source>How long a Python program may run</source>
        <translation>Python 프로그램이 실행될 수 있는 시간</translation>
    </message>
    <message>
        <source>A Python program runs as it is written: the modes are for scenarios</source>
        <translation>Python 프로그램은 작성된 그대로 실행됩니다. 모드는 시나리오에만 적용됩니다</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>예제를 열 수 없습니다</translation>
    </message>
    <message>
        <source>the example %1 is missing</source>
        <translation>예제 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>Cannot open the program</source>
        <translation>프로그램을 열 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Run %1?</source>
        <translation>%1을(를) 실행할까요?</translation>
    </message>
    <message>
        <source>Run %1? It is a Python program and will run with your rights: it can read, write and delete your files. Run only programs you trust.</source>
        <translation>%1을(를) 실행할까요? 이 파일은 Python 프로그램이며 사용자의 권한으로 실행됩니다. 파일을 읽고, 쓰고, 지울 수 있습니다. 믿을 수 있는 프로그램만 실행하세요.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>The program cannot run: %1</source>
        <translation>프로그램을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot run the program</source>
        <translation>프로그램을 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>(the rest of the standard error was dropped)</source>
        <translation>(표준 오류의 나머지는 버려졌습니다)</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr (표준 오류)</translation>
    </message>
    <message>
        <source>The program was ended: %1</source>
        <translation>프로그램이 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>The program was ended</source>
        <translation>프로그램이 중단되었습니다</translation>
    </message>
    <message>
        <source>Program limits</source>
        <translation>프로그램 제한</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Wall time a Python program may run:</source>
        <translation>Python 프로그램의 최대 실제 실행 시간:</translation>
    </message>
    <message>
        <source>Your Python program, run by python3 under the app&apos;s harness. On the virtual clock (Instant) every sleep takes no wall time and every time is exact; waits for real I/O advance it by the real time they took.</source>
        <translation>내 Python 프로그램을 앱의 하네스 아래에서 python3로 실행합니다. 가상 시계(즉시 실행)에서는 모든 sleep이 실제 시간을 쓰지 않고 모든 시간이 정확합니다. 실제 I/O를 기다리는 동안에는 실제로 걸린 만큼 시계가 흐릅니다.</translation>
    </message>
    <message>
        <source>Your program — %1</source>
        <translation>내 프로그램 — %1</translation>
    </message>
    <message>
        <source>CoroKitchen scenarios and Python programs (*.json *.py)</source>
        <translation>CoroKitchen 시나리오와 Python 프로그램 (*.json *.py)</translation>
    </message>
    <message>
        <source>Python program</source>
        <translation>Python 프로그램</translation>
    </message>
    <message>
        <source>Its own time (virtual or real) it may run:</source>
        <translation>프로그램 자신의 시간(가상 또는 실제)으로 실행할 수 있는 시간:</translation>
    </message>
    <message>
        <source>C&amp;heck with CPython</source>
        <translation>CPython으로 확인(&amp;H)</translation>
    </message>
    <message>
        <source>Run the scenario in its mode on the app&apos;s engine and as Python under CPython, and compare the two (Ctrl+Shift+Y)</source>
        <translation>시나리오를 지금 모드로 앱의 엔진에서 한 번, 파이썬 프로그램으로 CPython에서 한 번 실행해 둘을 비교합니다 (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Cannot check with CPython</source>
        <translation>CPython으로 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>CPython could not run the program: %1</source>
        <translation>CPython이 프로그램을 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Check with CPython: %1</source>
        <translation>CPython으로 확인: %1</translation>
    </message>
    <message>
        <source>Checking with CPython…</source>
        <translation>CPython으로 확인하는 중…</translation>
    </message>
    <message>
        <source>The check with CPython was stopped</source>
        <translation>CPython 확인을 중지했습니다</translation>
    </message>
    <message>
        <source>Check with CPython stopped</source>
        <translation>CPython 확인 중지됨</translation>
    </message>
    <message>
        <source>Open as Scena&amp;rio…</source>
        <translation>시나리오로 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>Convert a plain Python program to a scenario (read, never run) and run it on the app&apos;s engine</source>
        <translation>단순한 파이썬 프로그램을 시나리오로 변환하고(읽기만 하며 실행하지 않습니다) 앱의 엔진에서 실행합니다</translation>
    </message>
    <message>
        <source>Open This &amp;Program as a Scenario</source>
        <translation>이 프로그램을 시나리오로 열기(&amp;P)</translation>
    </message>
    <message>
        <source>Open a Python program as a scenario</source>
        <translation>파이썬 프로그램을 시나리오로 열기</translation>
    </message>
    <message>
        <source>Python programs (*.py)</source>
        <translation>파이썬 프로그램 (*.py)</translation>
    </message>
    <message>
        <source>Cannot open the program as a scenario</source>
        <translation>프로그램을 시나리오로 열 수 없습니다</translation>
    </message>
    <message>
        <source>the conversion made no scenario</source>
        <translation>변환 결과 시나리오가 만들어지지 않았습니다</translation>
    </message>
    <message>
        <source>Open as scenario</source>
        <translation>시나리오로 열기</translation>
    </message>
    <message>
        <source>⚠ The timeline shows the last valid version of the edited scenario: the editor holds an error (see under its tree).</source>
        <translation>⚠ 타임라인은 편집 중인 시나리오의 마지막 올바른 버전을 보여 줍니다. 편집기에 오류가 있습니다(트리 아래 참고).</translation>
    </message>
    <message>
        <source>Step bac&amp;k</source>
        <translation>한 단계 뒤로(&amp;K)</translation>
    </message>
    <message>
        <source>Step for&amp;ward</source>
        <translation>한 단계 앞으로(&amp;W)</translation>
    </message>
    <message>
        <source>Rewind to the st&amp;art</source>
        <translation>처음으로 되감기(&amp;A)</translation>
    </message>
    <message>
        <source>PN&amp;G scale</source>
        <translation>PNG 배율(&amp;G)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>축소(&amp;U)</translation>
    </message>
    <message>
        <source>Pre&amp;dict, then Run…</source>
        <translation>예측한 뒤 실행(&amp;D)…</translation>
    </message>
    <message>
        <source>Order the lines the run will print and guess its total, then run it and see (Ctrl+Shift+P)</source>
        <translation>실행이 출력할 줄의 순서와 총 시간을 예측한 다음, 실행해서 확인합니다(Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>P&amp;rediction panel</source>
        <translation>예측 패널(&amp;R)</translation>
    </message>
    <message>
        <source>Flo&amp;ws</source>
        <translation>흐름 화살표(&amp;W)</translation>
    </message>
    <message>
        <source>Arrows for who wakes whom: a task created, a timer firing, a gather fanning out and in, a semaphore handing a slot on, a lock released, an event set, a condition notified, a queue&apos;s put or get waking a waiter</source>
        <translation>누가 누구를 깨우는지 화살표로 보여 줍니다: 태스크 생성, 타이머 만료, gather의 분기와 합류, 세마포어 자리 넘겨주기, 그리고 락 해제, 이벤트 set, 컨디션 notify, 큐의 put이나 get이 기다리던 태스크를 깨우는 것</translation>
    </message>
    <message>
        <source>Critical Pat&amp;h</source>
        <translation>임계 경로(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the waits that set the total</source>
        <translation>총 시간을 정하는 대기를 강조합니다</translation>
    </message>
    <message>
        <source>Rewind the finished run to its start (Ctrl+Home)</source>
        <translation>끝난 실행을 처음으로 되감습니다 (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Leave the replay: the whole run again (Ctrl+End)</source>
        <translation>다시 보기를 끝내고 실행 전체를 다시 봅니다 (Ctrl+End)</translation>
    </message>
    <message>
        <source>Reading %1 as a scenario…</source>
        <translation>%1 파일을 시나리오로 읽는 중…</translation>
    </message>
    <message>
        <source>Building a crowd of %1 tasks… it runs once it is ready</source>
        <translation>태스크 %1개짜리 군중을 만드는 중… 준비되면 바로 실행합니다</translation>
    </message>
    <message>
        <source>Building a crowd of %1 tasks…</source>
        <translation>태스크 %1개짜리 군중을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>ck::ModeActions</name>
    <message>
        <source>await each task before starting the next one</source>
        <translation>다음 작업을 시작하기 전에 각 작업을 await합니다</translation>
    </message>
    <message>
        <source>&amp;Gather</source>
        <translation>동시 실행(&amp;gather)</translation>
    </message>
    <message>
        <source>asyncio.gather: start every task, then await them all</source>
        <translation>asyncio.gather: 모든 작업을 시작한 뒤 한꺼번에 await합니다</translation>
    </message>
    <message>
        <source>create_&amp;task</source>
        <translation>create_&amp;task</translation>
    </message>
    <message>
        <source>asyncio.create_task for each task, then await the tasks one by one</source>
        <translation>작업마다 asyncio.create_task를 호출한 뒤, 작업을 하나씩 await합니다</translation>
    </message>
    <message>
        <source>&amp;Bounded</source>
        <translation>최대 N개 동시(&amp;B)</translation>
    </message>
    <message>
        <source>gather, at most N tasks at a time (asyncio.Semaphore)</source>
        <translation>gather와 같지만 한 번에 최대 N개 작업만 실행합니다(asyncio.Semaphore)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>run sequential and gather together on one loop and one time axis</source>
        <translation>순차 실행(sequential)과 동시 실행(gather)을 하나의 루프, 하나의 시간 축에서 함께 실행합니다</translation>
    </message>
    <message>
        <source>N = </source>
        <translation>N = </translation>
    </message>
    <message>
        <source>How many tasks Bounded runs at once</source>
        <translation>최대 N개 동시 모드에서 한 번에 실행할 작업 수</translation>
    </message>
    <message>
        <source>async with asyncio.TaskGroup(): tg.create_task for each task; the first failure cancels the others</source>
        <translation>async with asyncio.TaskGroup(): 태스크마다 tg.create_task; 처음 실패한 태스크가 나머지를 취소합니다</translation>
    </message>
    <message>
        <source>Se&amp;quential</source>
        <translation>순차 실행(&amp;Q)</translation>
    </message>
    <message>
        <source>TaskGro&amp;up</source>
        <translation>TaskGro&amp;up</translation>
    </message>
</context>
<context>
    <name>ck::PitfallBanner</name>
    <message>
        <source>Re-run with %1</source>
        <translation>%1(으)로 다시 실행</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ck::PitfallSearch</name>
    <message>
        <source>%1: %2</source>
        <comment>run: pitfall</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ck::PredictDialog</name>
    <message>
        <source>Predict, then run</source>
        <translation>예측한 뒤 실행</translation>
    </message>
    <message>
        <source>What will %1 print, and in which order? Drag the lines into order (or move the selected one with Alt+Up and Alt+Down), guess the total time, then run it and see.</source>
        <translation>%1 모드에서는 무엇이 어떤 순서로 출력될까요? 줄을 끌어서 순서를 맞추고(선택한 줄은 Alt+위/Alt+아래로도 옮길 수 있습니다) 총 시간을 예측한 다음, 실행해서 확인해 보세요.</translation>
    </message>
    <message>
        <source>%1 prints nothing: guess its total time, then run it and see.</source>
        <translation>%1 모드에서는 아무것도 출력되지 않습니다. 총 시간을 예측한 다음, 실행해서 확인해 보세요.</translation>
    </message>
    <message>
        <source>Drag a line, or move the selected one with Alt+Up and Alt+Down</source>
        <translation>줄을 끌어서 옮기거나, 선택한 줄을 Alt+위/Alt+아래로 옮기세요</translation>
    </message>
    <message>
        <source>&amp;Total time:</source>
        <translation>총 시간(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 초</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ck::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, the timeline in large type and the result as a headline (F11)</source>
        <translation>전체 화면에 타임라인을 큰 글자로 보여 주고, 결과를 제목으로 크게 띄웁니다(F11)</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>발표 모드 끝내기</translation>
    </message>
    <message>
        <source>Presentation: run, pause or resume</source>
        <translation>발표: 실행, 일시 정지, 다시 재생</translation>
    </message>
    <message>
        <source>Presentation: step back</source>
        <translation>발표: 한 단계 뒤로</translation>
    </message>
    <message>
        <source>Presentation: step forward</source>
        <translation>발표: 한 단계 앞으로</translation>
    </message>
    <message>
        <source>Presentation: next mode</source>
        <translation>발표: 다음 모드</translation>
    </message>
    <message>
        <source>Presentation: show or hide the code</source>
        <translation>발표: 코드 보이기/숨기기</translation>
    </message>
    <message>
        <source>Space runs the scenario</source>
        <translation>스페이스 키를 누르면 시나리오를 실행합니다</translation>
    </message>
</context>
<context>
    <name>ck::PythonProgramRun</name>
    <message>
        <source>the program ran for %1 s of wall time, the limit, and was stopped</source>
        <translation>프로그램이 실제 시간 제한인 %1초 동안 실행되어 중지되었습니다</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>the program&apos;s trace passed %1 MiB, the limit, and it was stopped</source>
        <translation>프로그램의 트레이스가 제한인 %1MiB를 넘어 중지되었습니다</translation>
    </message>
    <message>
        <source>the program&apos;s trace has a line longer than %1 MiB</source>
        <translation>프로그램의 트레이스에 %1MiB보다 긴 줄이 있습니다</translation>
    </message>
    <message>
        <source>python3 ended without finishing the trace (%1)</source>
        <translation>python3가 트레이스를 끝맺지 못하고 종료되었습니다(%1)</translation>
    </message>
    <message>
        <source>the program was stopped: %1</source>
        <translation>프로그램이 중지되었습니다: %1</translation>
    </message>
    <message>
        <source>the program exited with code %1</source>
        <translation>프로그램이 종료 코드 %1로 끝났습니다</translation>
    </message>
    <message>
        <source>the program ran for %1 s of its own time, the limit, and was stopped</source>
        <translation>프로그램이 자신의 시간으로 한도인 %1초 동안 실행되어 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>ck::QuizPanel</name>
    <message>
        <source>%1 of %2 lines in the right place; the total: %3</source>
        <translation>%2줄 중 %1줄이 제자리에 있습니다. 총 시간: %3</translation>
    </message>
    <message>
        <source>Your prediction: each line is marked as the run prints it</source>
        <translation>내 예측: 실행이 줄을 출력할 때마다 맞았는지 표시됩니다</translation>
    </message>
    <message>
        <source>Run → Predict, then Run: order the lines a run will print, guess its total, and see.</source>
        <translation>실행 → 예측한 뒤 실행: 실행이 출력할 줄의 순서와 총 시간을 예측하고 확인해 보세요.</translation>
    </message>
    <message>
        <source>%1 Total: you guessed %2, the run took %3</source>
        <translation>%1 총 시간: 예상 %2, 실제 %3</translation>
    </message>
    <message>
        <source>Total: you guessed %1</source>
        <translation>총 시간: 예상 %1</translation>
    </message>
    <message>
        <source>All right: well predicted!</source>
        <translation>모두 맞았습니다. 훌륭한 예측입니다!</translation>
    </message>
</context>
<context>
    <name>ck::RunController</name>
    <message>
        <source>nothing to run</source>
        <translation>실행할 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>ck::ScenarioEditor</name>
    <message>
        <source>+ Task</source>
        <translation>+ 태스크</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>태스크를 추가합니다</translation>
    </message>
    <message>
        <source>+ Routine</source>
        <translation>+ 루틴</translation>
    </message>
    <message>
        <source>Add a routine that tasks can call or gather</source>
        <translation>태스크가 call하거나 gather할 수 있는 루틴을 추가합니다</translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ 단계</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>선택한 단계 다음에 단계를 추가합니다</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move it up (Alt+Up)</source>
        <translation>위로 옮깁니다 (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Move it down (Alt+Down)</source>
        <translation>아래로 옮깁니다 (Alt+Down)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>태스크 추가</translation>
    </message>
    <message>
        <source>Add routine</source>
        <translation>루틴 추가</translation>
    </message>
    <message>
        <source>Add %1 step</source>
        <translation>%1 단계 추가</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>옮기기</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>+ Object</source>
        <translation>+ 객체</translation>
    </message>
    <message>
        <source>Declare a Lock, Event, Semaphore, Condition or Queue that steps name (Alt+Insert)</source>
        <translation>단계가 이름으로 가리키는 Lock, Event, Semaphore, Condition, Queue를 선언합니다 (Alt+Insert)</translation>
    </message>
    <message>
        <source>Remove the selected task, routine, step or object (Delete)</source>
        <translation>선택한 태스크, 루틴, 단계 또는 객체를 삭제합니다 (Delete)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>✓ Valid — tasks: %1, routines: %2, objects: %3</source>
        <translation>✓ 올바름 — 태스크: %1, 루틴: %2, 객체: %3</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>마지막 편집을 실행 취소합니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the edit undone last (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>마지막으로 취소한 편집을 다시 실행합니다 (Ctrl+Shift+Z 또는 Ctrl+Y)</translation>
    </message>
</context>
<context>
    <name>ck::ScenarioPicker</name>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Scenario to run</source>
        <translation>실행할 시나리오</translation>
    </message>
</context>
<context>
    <name>ck::ScenarioTree</name>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>루틴</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 다음</translation>
    </message>
    <message>
        <source>never awaited</source>
        <translation>await하지 않음</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>이름 바꾸기: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>객체</translation>
    </message>
</context>
<context>
    <name>ck::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>ck::SummaryPanel</name>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1 · %2× faster</source>
        <translation>%1 · %2배 빠름</translation>
    </message>
    <message>
        <source>%1 · %2× slower</source>
        <translation>%1 · %2배 느림</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총 시간</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>이상적 시간</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Press F5 to run the scenario.</source>
        <translation>F5 키를 눌러 시나리오를 실행하세요.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message numerus="yes">
        <source>done, %n failed</source>
        <translation>
            <numerusform>완료, %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>기다리는 중</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>bytes · time to first byte · throughput</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a run&apos;s label: what set its total</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ck::ThemeAction</name>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>어두운 테마(&amp;K)</translation>
    </message>
    <message>
        <source>Light text on a dark window; every colour and icon follows</source>
        <translation>어두운 창에 밝은 글자로 표시합니다. 모든 색과 아이콘이 함께 바뀝니다</translation>
    </message>
</context>
<context>
    <name>ck::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
</context>
<context>
    <name>ck::UrlDialog</name>
    <message>
        <source>1 URL: task get_1 downloads it on the real clock.</source>
        <translation>URL 1개: get_1 작업이 real 시계로 다운로드합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n URLs: tasks get_1 … get_%n download them on the real clock.</source>
        <translation>
            <numerusform>URL %n개: get_1 … get_%n 작업이 real 시계로 다운로드합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste one http(s) URL per line.</source>
        <translation>한 줄에 http(s) URL을 하나씩 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Download URLs</source>
        <translation>URL 다운로드</translation>
    </message>
    <message>
        <source>One http(s) URL per line, at most %1; blank lines and lines starting with # are skipped. Each URL becomes a task that downloads it.</source>
        <translation>한 줄에 http(s) URL을 하나씩, 최대 %1개까지 입력합니다. 빈 줄과 #으로 시작하는 줄은 건너뜁니다. 각 URL은 그 URL을 다운로드하는 작업이 됩니다.</translation>
    </message>
    <message>
        <source>https://example.com/report.pdf
https://example.com/photo.jpg</source>
        <translation>https://example.com/report.pdf
https://example.com/photo.jpg</translation>
    </message>
    <message>
        <source>Run concurrently (gather)</source>
        <translation>동시에 실행(gather)</translation>
    </message>
    <message>
        <source>Run one by one (sequential)</source>
        <translation>하나씩 실행(sequential)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
</context>
</TS>
