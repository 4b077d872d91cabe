<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountFacts</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID do usuário</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membro desde</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Total (USD)</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganhos</translation>
    </message>
</context>
<context>
    <name>AccountPickerDialog</name>
    <message>
        <source>Choose an account</source>
        <translation>Escolha uma conta</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Filtrar por nome ou id</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrar contas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Or &amp;type an id</source>
        <translation>Ou &amp;digite um id</translation>
    </message>
    <message>
        <source>biz_…</source>
        <translation>biz_…</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID da conta</translation>
    </message>
</context>
<context>
    <name>AddIdentityDialog</name>
    <message>
        <source>Add an identity</source>
        <translation>Adicionar uma identidade</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Ambiente</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;URL base</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>https://…/api/v1</source>
        <translation>https://…/api/v1</translation>
    </message>
    <message>
        <source>Sign in with &amp;Whop…</source>
        <translation>Entrar com o &amp;Whop…</translation>
    </message>
    <message>
        <source>Or paste a token or API key</source>
        <translation>Ou cole um token ou uma chave de API</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>Kind of credential</source>
        <translation>Tipo de credencial</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Token or key</source>
        <translation>Token ou chave</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>Cole aqui</translation>
    </message>
    <message>
        <source>Check and &amp;add</source>
        <translation>Verificar e a&amp;dicionar</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Verificar e adicionar</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Usar &amp;somente nesta sessão</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar somente nesta sessão</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>An identity is how the editor reaches your profile on Whop. There are three ways in: sign in with Whop, a user token, or an API key. Each is explained below; you can add more later and switch between them.</source>
        <translation>Uma identidade é a forma como o editor acessa seu perfil no Whop. Há três formas de acesso: entrar com o Whop, um token de usuário ou uma chave de API. Cada uma é explicada abaixo; você pode adicionar outras depois e alternar entre elas.</translation>
    </message>
    <message>
        <source>Sign in with Whop (your own account)</source>
        <translation>Entrar com o Whop (sua própria conta)</translation>
    </message>
    <message>
        <source>Set &amp;up sign-in…</source>
        <translation>&amp;Configurar login…</translation>
    </message>
    <message>
        <source>You sign in in your browser, through a Whop app you registered in Whop&apos;s developer dashboard; Set up sign-in shows what to set there and asks for its client id. Edits your global profile and your profile in each of your accounts. The app never sees your password; its tokens stay in your system keychain and are renewed on their own.</source>
        <translation>Você entra pelo navegador, por meio de um app Whop que registrou no painel de desenvolvedor do Whop; Configurar login mostra o que definir lá e pede o ID do cliente dele. Edita seu perfil global e seu perfil em cada uma das suas contas. O app nunca vê sua senha; os tokens ficam no chaveiro do seu sistema e são renovados sozinhos.</translation>
    </message>
    <message>
        <source>What to set up in Whop&apos;s developer dashboard, step by step, and your app&apos;s client id</source>
        <translation>O que configurar no painel de desenvolvedor do Whop, passo a passo, e o ID do cliente do seu app</translation>
    </message>
    <message>
        <source>Use another &amp;port</source>
        <translation>Usar outra &amp;porta</translation>
    </message>
    <message>
        <source>Use another port</source>
        <translation>Usar outra porta</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Change the selected accounts</source>
        <translation>Alterar as contas selecionadas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Novo nome</translation>
    </message>
    <message>
        <source>New display name</source>
        <translation>Novo nome de exibição</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nome de &amp;usuário</translation>
    </message>
    <message>
        <source>New username</source>
        <translation>Novo nome de usuário</translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation>letras, dígitos e hifens</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>&amp;Bio</translation>
    </message>
    <message>
        <source>New bio</source>
        <translation>Nova bio</translation>
    </message>
    <message>
        <source>A few words (Ctrl+Enter applies)</source>
        <translation>Algumas palavras (Ctrl+Enter aplica)</translation>
    </message>
    <message>
        <source>&amp;Picture</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>C&amp;hoose Picture…</source>
        <translation>&amp;Escolher foto…</translation>
    </message>
    <message>
        <source>Pre&amp;view: what each account receives</source>
        <translation>&amp;Prévia: o que cada conta recebe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>Desfa&amp;zer</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>&amp;Tentar novamente as falhas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apli&amp;car</translation>
    </message>
    <message>
        <source>Where the new name comes from</source>
        <translation>De onde vem o novo nome</translation>
    </message>
    <message>
        <source>Where the new username comes from</source>
        <translation>De onde vem o novo nome de usuário</translation>
    </message>
    <message>
        <source>Where the new bio comes from</source>
        <translation>De onde vem a nova bio</translation>
    </message>
    <message>
        <source>Preview: what each account receives</source>
        <translation>Prévia: o que cada conta recebe</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Frame Your Picture</source>
        <translation>Enquadre sua foto</translation>
    </message>
    <message>
        <source>Frame your picture</source>
        <translation>Enquadre sua foto</translation>
    </message>
    <message>
        <source>Crop area</source>
        <translation>Área de corte</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Diminuir zoom (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>&amp;Centralizar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Round preview</source>
        <translation>Prévia redonda</translation>
    </message>
    <message>
        <source>Square preview</source>
        <translation>Prévia quadrada</translation>
    </message>
    <message>
        <source>Resulting picture</source>
        <translation>Foto resultante</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Centre the frame (Home)</source>
        <translation>Centralizar o quadro (Home)</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar alterações não salvas</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>O que difere</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Campos que diferem</translation>
    </message>
    <message>
        <source>Some fields were also changed on Whop after you started editing. Choose, for each of them, which version to keep.</source>
        <translation>Alguns campos também foram alterados no Whop depois que você começou a editar. Escolha, para cada um deles, qual versão manter.</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar rascunho</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Show &amp;every profile</source>
        <translation>Mostrar &amp;todos os perfis</translation>
    </message>
    <message>
        <source>Lists the changes to every profile of this identity, not only to the profile on screen</source>
        <translation>Lista as alterações em todos os perfis desta identidade, não só no perfil na tela</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>User, account or value</source>
        <translation>Usuário, conta ou valor</translation>
    </message>
    <message>
        <source>Shows only the changes whose user, account or values contain this text</source>
        <translation>Mostra só as alterações cujo usuário, conta ou valores contêm este texto</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalhes:</translation>
    </message>
    <message>
        <source>Everything about the selected change, with the values in full</source>
        <translation>Tudo sobre a alteração selecionada, com os valores completos</translation>
    </message>
    <message>
        <source>&amp;Check interrupted batch…</source>
        <translation>&amp;Verificar lote interrompido…</translation>
    </message>
    <message>
        <source>Read its accounts again, then finish or undo it</source>
        <translation>Ler as contas dele de novo e então concluí-lo ou desfazê-lo</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>InterruptedBatchDialog</name>
    <message>
        <source>A batch was interrupted</source>
        <translation>Um lote foi interrompido</translation>
    </message>
    <message>
        <source>The accounts that show the change</source>
        <translation>As contas que mostram a alteração</translation>
    </message>
    <message>
        <source>The accounts the change did not reach</source>
        <translation>As contas que a alteração não alcançou</translation>
    </message>
    <message>
        <source>The accounts whose state could not be learnt, with why</source>
        <translation>As contas cujo estado não se pôde saber, com o motivo</translation>
    </message>
    <message>
        <source>&amp;Leave It for Later</source>
        <translation>Deixar para de&amp;pois</translation>
    </message>
    <message>
        <source>Asked again at the next start, and from History</source>
        <translation>Perguntado de novo no próximo início, e no Histórico</translation>
    </message>
    <message>
        <source>&amp;Keep as It Is</source>
        <translation>&amp;Manter como está</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Whop Profile Editor</source>
        <translation>Whop Profile Editor</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Recarre&amp;gar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identidade</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Add identity…</source>
        <translation>A&amp;dicionar identidade…</translation>
    </message>
    <message>
        <source>&amp;Manage identities…</source>
        <translation>Gere&amp;nciar identidades…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Whop Profile Editor</source>
        <translation>S&amp;obre o Whop Profile Editor</translation>
    </message>
    <message>
        <source>&amp;All Accounts…</source>
        <translation>&amp;Todas as contas…</translation>
    </message>
    <message>
        <source>Every account&apos;s profile at a glance; change many at once</source>
        <translation>O perfil de cada conta em um relance; altere várias de uma vez</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gerenciar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copy versions, settings and recent error kinds for a bug report (no tokens, names or profile text)</source>
        <translation>Copia versões, configurações e tipos de erros recentes para um relatório de bug (sem tokens, nomes ou texto do perfil)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Every change this editor sent, and putting earlier values back</source>
        <translation>Cada alteração que este editor enviou, e restaurar valores anteriores</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No Whop account is connected yet, so this is the demo sandbox. There are three ways in:
• Sign in with Whop, through an app you registered in Whop&apos;s developer dashboard: edits your global profile and your profile in each of your accounts.
• A user token Whop issued for your account: edits the same, until it expires.
• An account or app API key, from a business&apos;s dashboard or Whop&apos;s developer dashboard: edits a member&apos;s profile inside those accounts.</source>
        <translation>Nenhuma conta Whop está conectada ainda, então este é o sandbox de demonstração. Há três formas de acesso:
• Entrar com o Whop, por meio de um app que você registrou no painel de desenvolvedor do Whop: edita seu perfil global e seu perfil em cada uma das suas contas.
• Um token de usuário que o Whop emitiu para a sua conta: edita o mesmo, até expirar.
• Uma chave de API de conta ou de app, do painel de uma empresa ou do painel de desenvolvedor do Whop: edita o perfil de um membro dentro dessas contas.</translation>
    </message>
    <message>
        <source>You have no rights on the account “%1” (%2), so its profile cannot be shown or changed here. Choose another account or the global profile.</source>
        <translation>Você não tem permissões na conta “%1” (%2), então o perfil dela não pode ser exibido nem alterado aqui. Escolha outra conta ou o perfil global.</translation>
    </message>
    <message>
        <source>Whop refused the change: this sign-in lacks the scope %1, which saving a profile needs. Allow it for your Whop app (Set up sign-in… shows where), then sign in again.</source>
        <translation>O Whop recusou a alteração: este login não tem o escopo %1, necessário para salvar um perfil. Permita-o no seu app Whop (Configurar login… mostra onde) e depois entre novamente.</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>All Accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>Account title or id</source>
        <translation>Título ou id da conta</translation>
    </message>
    <message>
        <source>Shows only the accounts whose title or id contains this text</source>
        <translation>Mostra apenas as contas cujo título ou id contém este texto</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordem:</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation>Tentar novamente as &amp;linhas com falha</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Read every account again (F5)</source>
        <translation>Ler todas as contas novamente (F5)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Reading accounts</source>
        <translation>Lendo contas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Identity of this window</source>
        <translation>Identidade desta janela</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Sign in with Whop</source>
        <translation>Entrar com o Whop</translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation>&amp;ID do cliente</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>app_…</source>
        <translation>app_…</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirecionamento</translation>
    </message>
    <message>
        <source>&amp;Registered URI:</source>
        <translation>URI &amp;registrado:</translation>
    </message>
    <message>
        <source>Redirect to the registered URI</source>
        <translation>Redirecionar para o URI registrado</translation>
    </message>
    <message>
        <source>Registered redirect URI</source>
        <translation>URI de redirecionamento registrado</translation>
    </message>
    <message>
        <source>http://localhost:8765/callback</source>
        <translation>http://localhost:8765/callback</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>E&amp;scopos</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Used from the next sign-in on. Identities you already signed in with keep the app that signed them in.</source>
        <translation>Usado a partir do próximo login. As identidades com as quais você já entrou mantêm o app com que entraram.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>&amp;Versão da API</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Tempo limite da solicitação</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tempo limite da solicitação em segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Applies at once: the next request uses it.</source>
        <translation>Aplica-se imediatamente: a próxima solicitação já o usa.</translation>
    </message>
    <message>
        <source>To sign in with your Whop account, register a public app in Whop&apos;s developer dashboard with the redirect URI below (Set up sign-in… in Add an identity shows every step). Its client id goes here; no client secret is needed.</source>
        <translation>Para entrar com sua conta Whop, registre um app público no painel de desenvolvedor do Whop com o URI de redirecionamento abaixo (Configurar login… em Adicionar uma identidade mostra cada passo). O ID do cliente dele vai aqui; não é preciso um segredo do cliente.</translation>
    </message>
    <message>
        <source>Redirect to this computer&apos;s own URI</source>
        <translation>Redirecionar para o URI próprio deste computador</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Name length</source>
        <translation>Tamanho do nome</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nome de &amp;usuário</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation>letras, dígitos e hifens</translation>
    </message>
    <message>
        <source>Username length</source>
        <translation>Tamanho do nome de usuário</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>&amp;Bio</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>A few words about you</source>
        <translation>Algumas palavras sobre você</translation>
    </message>
    <message>
        <source>Bio length</source>
        <translation>Tamanho da bio</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The list of identities could not be read (%1). It was kept as %2; add your identities again.</source>
        <translation>Não foi possível ler a lista de identidades (%1). Ela foi guardada como %2; adicione suas identidades novamente.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON inválido</translation>
    </message>
    <message>
        <source>format %1 is not one this version understands</source>
        <translation>o formato %1 não é compatível com esta versão</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Changed on Whop meanwhile</source>
        <translation>Alterado no Whop enquanto isso</translation>
    </message>
    <message>
        <source>While you were editing, this profile was also changed elsewhere (on the web, on another device or by a teammate). Nothing has been saved yet. Choose which version of each field to keep, then save.</source>
        <translation>Enquanto você editava, este perfil também foi alterado em outro lugar (na web, em outro dispositivo ou por alguém da equipe). Nada foi salvo ainda. Escolha qual versão de cada campo manter e depois salve.</translation>
    </message>
    <message>
        <source>Fields changed in both places</source>
        <translation>Campos alterados nos dois lugares</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Voltar à edição</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Voltar à edição</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>&amp;Salvar com estas escolhas</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Salvar com estas escolhas</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with Whop</source>
        <translation>Entrar com o Whop</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Aguardando você entrar no navegador…</translation>
    </message>
    <message>
        <source>If no browser opened, copy the link and open it in your browser. This window gives up after 5 minutes.</source>
        <translation>Se nenhum navegador abriu, copie o link e abra-o no seu navegador. Esta janela desiste após 5 minutos.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir o navegador novamente</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>Abrir o navegador novamente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Set &amp;up sign-in…</source>
        <translation>Con&amp;figurar login…</translation>
    </message>
    <message>
        <source>Set up sign-in…</source>
        <translation>Configurar login…</translation>
    </message>
</context>
<context>
    <name>SignInGuide</name>
    <message>
        <source>Set up sign-in with Whop</source>
        <translation>Configurar o login com o Whop</translation>
    </message>
    <message>
        <source>Sign in with Whop goes through an app of your own in Whop&apos;s developer dashboard. Set it up once, exactly as below; nothing here is secret.</source>
        <translation>Entrar com o Whop passa por um app seu no painel de desenvolvedor do Whop. Configure-o uma vez, exatamente como abaixo; nada aqui é secreto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Your app.&lt;/b&gt; In Whop&apos;s developer dashboard, create an app for this editor, or open the one you made for it before.</source>
        <translation>&lt;b&gt;1. Seu app.&lt;/b&gt; No painel de desenvolvedor do Whop, crie um app para este editor ou abra o que você criou para ele antes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Client type: Public.&lt;/b&gt; In the app&apos;s OAuth settings, choose the client type Public. The editor runs on your computer and cannot keep a client secret, and Whop refuses a Confidential app&apos;s sign-in without one.</source>
        <translation>&lt;b&gt;2. Tipo de cliente: Público (Public).&lt;/b&gt; Nas configurações OAuth do app, escolha o tipo de cliente Public. O editor roda no seu computador e não consegue guardar um segredo do cliente, e o Whop recusa o login de um app confidencial (Confidential) sem ele.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Redirect URI.&lt;/b&gt; Add this redirect URI to the app exactly as shown: Whop compares it character by character.</source>
        <translation>&lt;b&gt;3. URI de redirecionamento.&lt;/b&gt; Adicione ao app este URI de redirecionamento exatamente como mostrado: o Whop o compara caractere por caractere.</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirecionamento a registrar</translation>
    </message>
    <message>
        <source>Cop&amp;y URI</source>
        <translation>Copiar &amp;URI</translation>
    </message>
    <message>
        <source>Use a&amp;nother port</source>
        <translation>Usar outra &amp;porta</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Scopes.&lt;/b&gt; Allow these scopes for the app; with user:profile:update the editor can save your profile.</source>
        <translation>&lt;b&gt;4. Escopos.&lt;/b&gt; Permita estes escopos para o app; com user:profile:update o editor pode salvar seu perfil.</translation>
    </message>
    <message>
        <source>Scopes to allow</source>
        <translation>Escopos a permitir</translation>
    </message>
    <message>
        <source>Copy &amp;scopes</source>
        <translation>Copiar e&amp;scopos</translation>
    </message>
    <message>
        <source>&lt;b&gt;5. Client id.&lt;/b&gt; Give the app&apos;s client id, as the dashboard shows it.</source>
        <translation>&lt;b&gt;5. ID do cliente.&lt;/b&gt; Informe o ID do cliente do app, como o painel o mostra.</translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation>&amp;ID do cliente</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>app_…</source>
        <translation>app_…</translation>
    </message>
</context>
<context>
    <name>StoredSecret</name>
    <message>
        <source>The token of “%1” could not be read from the keychain. %2</source>
        <translation>Não foi possível ler do chaveiro o token de “%1”. %2</translation>
    </message>
    <message>
        <source>The keychain entry of “%1” is not one this app wrote. Remove the identity and add it again.</source>
        <translation>A entrada do chaveiro de “%1” não foi gravada por este app. Remova a identidade e adicione-a novamente.</translation>
    </message>
    <message>
        <source>The saved token of “%1” does not say where it belongs, and the identity points at %2, which is not Whop&apos;s own address, so the token was not sent. Remove the identity and add it again.</source>
        <translation>O token salvo de “%1” não indica a que endereço pertence, e a identidade aponta para %2, que não é o endereço do próprio Whop; por isso o token não foi enviado. Remova a identidade e adicione-a novamente.</translation>
    </message>
    <message>
        <source>The saved token of “%1” belongs to %2, but the identity now points at %3, so the token was not sent there. If you changed the address on purpose, remove the identity and add it again.</source>
        <translation>O token salvo de “%1” pertence a %2, mas a identidade agora aponta para %3; por isso o token não foi enviado para lá. Se você mudou o endereço de propósito, remova a identidade e adicione-a novamente.</translation>
    </message>
</context>
<context>
    <name>whop::api::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>A resposta era maior que %1 MB e não foi lida.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Nenhuma resposta completa em %1 segundos.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>O nome do servidor %1 não foi encontrado.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>A conexão foi recusada.</translation>
    </message>
    <message>
        <source>The connection was closed unexpectedly.</source>
        <translation>A conexão foi fechada inesperadamente.</translation>
    </message>
    <message>
        <source>The server redirected to another host (%1). The request was not followed, so your credentials stay with %2.</source>
        <translation>O servidor redirecionou para outro host (%1). O redirecionamento não foi seguido, então suas credenciais permanecem com %2.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Redirecionamentos demais.</translation>
    </message>
    <message>
        <source>It sent a web page instead of data.</source>
        <translation>Foi enviada uma página da web em vez de dados.</translation>
    </message>
    <message>
        <source>Its answer could not be read: %1.</source>
        <translation>Não foi possível ler a resposta: %1.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Seu login expirou. Entre novamente.</translation>
    </message>
</context>
<context>
    <name>whop::api::ApiError</name>
    <message>
        <source>Could not reach Whop. Check your internet connection and try again.</source>
        <translation>Não foi possível acessar o Whop. Verifique sua conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>Whop did not answer in time. Try again in a moment.</source>
        <translation>O Whop não respondeu a tempo. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified, so nothing was sent.</source>
        <translation>Não foi possível verificar a conexão segura com o servidor, então nada foi enviado.</translation>
    </message>
    <message>
        <source>Whop refused the request as invalid.</source>
        <translation>O Whop recusou a solicitação como inválida.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>não listadas</translation>
    </message>
    <message>
        <source>Whop did not accept your sign-in (it may have expired, or belong to another environment). Connect again.</source>
        <translation>O Whop não aceitou seu login (ele pode ter expirado ou pertencer a outro ambiente). Conecte-se novamente.</translation>
    </message>
    <message>
        <source>You do not have permission to do this: the token lacks the user:profile:update scope or has no rights here.</source>
        <translation>Você não tem permissão para fazer isso: falta ao token o escopo user:profile:update ou ele não tem permissões aqui.</translation>
    </message>
    <message>
        <source>Whop could not find that user.</source>
        <translation>O Whop não encontrou esse usuário.</translation>
    </message>
    <message>
        <source>Whop refused a value in the form.</source>
        <translation>O Whop recusou um valor do formulário.</translation>
    </message>
    <message>
        <source>Too many requests. Try again in 1 second.</source>
        <translation>Muitas solicitações. Tente novamente em 1 segundo.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Muitas solicitações. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Whop had a problem on its side (HTTP %1). Try again later.</source>
        <translation>O Whop teve um problema do lado dele (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Whop sent an answer this app could not understand.</source>
        <translation>O Whop enviou uma resposta que este app não conseguiu entender.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Whop does not support the API version this app asked for. Supported versions: %1. Choose one in Preferences (Network).</source>
        <translation>O Whop não oferece suporte à versão da API solicitada por este app. Versões compatíveis: %1. Escolha uma em Preferências (Rede).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Muitas solicitações. Tente novamente em %n segundo.</numerusform>
            <numerusform>Muitas solicitações. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your change was not sent because it could not be recorded first: %1</source>
        <translation>Sua alteração não foi enviada porque não foi possível registrá-la antes: %1</translation>
    </message>
</context>
<context>
    <name>whop::api::ClientConfig</name>
    <message>
        <source>The base URL is not a valid address.</source>
        <translation>A URL base não é um endereço válido.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>A URL base não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>The base URL must not have a query or fragment.</source>
        <translation>A URL base não pode ter consulta (query) nem fragmento.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>http simples só é permitido para este computador (127.0.0.1, ::1 ou localhost); use https.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>A URL base deve começar com https://.</translation>
    </message>
</context>
<context>
    <name>whop::api::StorageUpload</name>
    <message>
        <source>The upload address Whop gave is not a secure address.</source>
        <translation>O endereço de envio fornecido pelo Whop não é um endereço seguro.</translation>
    </message>
    <message>
        <source>The storage sent nothing for %1 seconds.</source>
        <translation>O armazenamento não enviou nada por %1 segundos.</translation>
    </message>
    <message>
        <source>The storage redirected the upload, which is not followed.</source>
        <translation>O armazenamento redirecionou o envio, e redirecionamentos não são seguidos.</translation>
    </message>
    <message numerus="yes">
        <source>Whop asked for %n upload header(s); at most %1 are sent.</source>
        <translation>
            <numerusform>O Whop pediu %n cabeçalho de envio; no máximo %1 são enviados.</numerusform>
            <numerusform>O Whop pediu %n cabeçalhos de envio; no máximo %1 são enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whop asked for an upload header with an invalid name (%1).</source>
        <translation>O Whop pediu um cabeçalho de envio com nome inválido (%1).</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1 with a line break or control character in its value.</source>
        <translation>O Whop pediu o cabeçalho de envio %1 com uma quebra de linha ou caractere de controle no valor.</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1 with a value longer than %2 KB.</source>
        <translation>O Whop pediu o cabeçalho de envio %1 com um valor maior que %2 KB.</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1, which this app sets itself.</source>
        <translation>O Whop pediu o cabeçalho de envio %1, que este app define por conta própria.</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1, which would send a credential to the storage host.</source>
        <translation>O Whop pediu o cabeçalho de envio %1, que enviaria uma credencial ao host de armazenamento.</translation>
    </message>
    <message>
        <source>The storage&apos;s answer was larger than %1 KB and was not read.</source>
        <translation>A resposta do armazenamento era maior que %1 KB e não foi lida.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name quoted in a sentence: the language&apos;s quotation marks</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>whop::app::AppSession</name>
    <message>
        <source>The demo sandbox could not start. %1</source>
        <translation>Não foi possível iniciar o sandbox de demonstração. %1</translation>
    </message>
    <message>
        <source>The API key was not accepted: %1</source>
        <translation>A chave de API não foi aceita: %1</translation>
    </message>
    <message>
        <source>An API key edits a user&apos;s profile inside an account. Enter the user to edit (user_… or a username).</source>
        <translation>Uma chave de API edita o perfil de um usuário dentro de uma conta. Informe o usuário a editar (user_… ou um nome de usuário).</translation>
    </message>
    <message>
        <source>The identity was removed from this computer.</source>
        <translation>A identidade foi removida deste computador.</translation>
    </message>
    <message>
        <source>Changed Elsewhere %1</source>
        <translation>Alterado em outro lugar %1</translation>
    </message>
    <message>
        <source>This bio was changed on another device (change %1).</source>
        <translation>Esta bio foi alterada em outro dispositivo (alteração %1).</translation>
    </message>
    <message>
        <source>No Whop account is connected yet, so this is the demo sandbox. Add an identity to sign in with Whop or to paste a token.</source>
        <translation>Nenhuma conta Whop está conectada ainda, então este é o sandbox de demonstração. Adicione uma identidade para entrar com o Whop ou colar um token.</translation>
    </message>
    <message>
        <source>The demo sandbox is not part of this build. Add an identity to sign in with Whop or to paste a token.</source>
        <translation>O sandbox de demonstração não faz parte desta compilação. Adicione uma identidade para entrar com o Whop ou colar um token.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain, so it is kept for this session only. %1</source>
        <translation>Não foi possível salvar no chaveiro o login renovado, então ele será mantido somente nesta sessão. %1</translation>
    </message>
    <message>
        <source>Some files an earlier version of this app kept could not be moved into this version&apos;s folders, so they were left where they were: %1</source>
        <translation>Alguns arquivos que uma versão anterior deste aplicativo guardou não puderam ser movidos para as pastas desta versão e ficaram onde estavam: %1</translation>
    </message>
</context>
<context>
    <name>whop::app::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Use a local Whop-compatible sandbox with demo data; no account needed.</source>
        <translation>Usa um sandbox local compatível com o Whop, com dados de demonstração; nenhuma conta é necessária.</translation>
    </message>
    <message>
        <source>Like --demo, and once you start editing, the sandbox changes the profile&apos;s name, bio and picture as if on another device, so that saving shows how that is handled.</source>
        <translation>Como --demo e, assim que você começa a editar, o sandbox altera o nome, a bio e a foto do perfil como se fosse em outro dispositivo, para que ao salvar você veja como isso é tratado.</translation>
    </message>
    <message>
        <source>The Whop API base URL (https, or http to this computer). Default: %1; overrides WHOP_BASE_URL.</source>
        <translation>A URL base da API do Whop (https, ou http para este computador). Padrão: %1; substitui WHOP_BASE_URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Api-Version-Date to send (YYYY-MM-DD[-N]). Default: %1; overrides WHOP_API_VERSION.</source>
        <translation>O Api-Version-Date a enviar (AAAA-MM-DD[-N]). Padrão: %1; substitui WHOP_API_VERSION.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>Whose profile to open: me, a user_ id or a username. Default: me.</source>
        <translation>Perfil a abrir: me, um id user_ ou um nome de usuário. Padrão: me.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>Seconds to wait for each attempt of a request (1-600). Default: 60.</source>
        <translation>Segundos de espera para cada tentativa de uma solicitação (1-600). Padrão: 60.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The OAuth client id (app_...) used for &quot;Sign in with Whop&quot;. Default: from the settings.</source>
        <translation>O ID do cliente OAuth (app_...) usado em &quot;Entrar com o Whop&quot;. Padrão: das configurações.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Edit your Whop profile: display name, username, bio and picture.</source>
        <translation>Edite seu perfil Whop: nome, nome de usuário, bio e foto.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the list of options.</source>
        <translation>Tente &apos;%1 --help&apos; para ver a lista de opções.</translation>
    </message>
    <message>
        <source>
Environment:
  WHOP_BASE_URL             The API base URL, as --base-url.
  WHOP_API_VERSION          The Api-Version-Date, as --api-version.
  WHOP_API_KEY              An API key to use for this run only (never stored).
  QT_LOGGING_RULES          Logging categories, e.g. &quot;whop.*.debug=true&quot;; tokens are never logged.
</source>
        <translation>
Variáveis de ambiente:
  WHOP_BASE_URL             A URL base da API, como --base-url.
  WHOP_API_VERSION          O Api-Version-Date, como --api-version.
  WHOP_API_KEY              Uma chave de API para usar somente nesta execução (nunca armazenada).
  QT_LOGGING_RULES          Categorias de log, p. ex. &quot;whop.*.debug=true&quot;; tokens nunca são registrados.
</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Bad base URL &apos;%1&apos;: %2</source>
        <translation>URL base inválida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--demo uses its own local sandbox; it cannot be combined with a base URL.</source>
        <translation>--demo usa seu próprio sandbox local; não pode ser combinado com uma URL base.</translation>
    </message>
    <message>
        <source>Bad API version &apos;%1&apos;: expected a date like %2.</source>
        <translation>Versão da API inválida &apos;%1&apos;: esperava-se uma data como %2.</translation>
    </message>
    <message>
        <source>Bad --user: %1.</source>
        <translation>--user inválido: %1.</translation>
    </message>
    <message>
        <source>Bad --timeout &apos;%1&apos;: expected a number of seconds from %2 to %3.</source>
        <translation>--timeout inválido &apos;%1&apos;: esperava-se um número de segundos de %2 a %3.</translation>
    </message>
    <message>
        <source>Bad --oauth-client-id &apos;%1&apos;: expected an app id like app_abc123.</source>
        <translation>--oauth-client-id inválido &apos;%1&apos;: esperava-se um id de app como app_abc123.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Uso: %1 [opções]</translation>
    </message>
</context>
<context>
    <name>whop::app::Diagnostics</name>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>no request id</source>
        <translation>sem id de solicitação</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>id de solicitação %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2), platform %3</source>
        <translation>Qt: %1 (compilado com %2), plataforma %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>QtKeychain: %1</source>
        <translation>QtKeychain: %1</translation>
    </message>
    <message>
        <source>System: %1; %2; %3</source>
        <translation>Sistema: %1; %2; %3</translation>
    </message>
    <message>
        <source> (host %1)</source>
        <translation> (host %1)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ambiente: %1</translation>
    </message>
    <message>
        <source>none (demo)</source>
        <translation>nenhum (demonstração)</translation>
    </message>
    <message>
        <source>, this run only (WHOP_API_KEY)</source>
        <translation>, somente nesta execução (WHOP_API_KEY)</translation>
    </message>
    <message>
        <source>, needs to sign in again</source>
        <translation>, precisa entrar novamente</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identidade: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>an account&apos;s profile</source>
        <translation>o perfil de uma conta</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>API version: %1 (%2)</source>
        <translation>Versão da API: %1 (%2)</translation>
    </message>
    <message>
        <source>Request timeout: %1 s (%2)</source>
        <translation>Tempo limite da solicitação: %1 s (%2)</translation>
    </message>
    <message>
        <source>Sign in with Whop: client id %1; redirect %2; scopes %3</source>
        <translation>Entrar com o Whop: ID do cliente %1; redirecionamento %2; escopos %3</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>definido (%1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>porta %1</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Chaveiro: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>Recent errors: none</source>
        <translation>Erros recentes: nenhum</translation>
    </message>
    <message>
        <source>Recent errors (oldest first):</source>
        <translation>Erros recentes (mais antigos primeiro):</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>port not chosen yet</source>
        <translation>porta ainda não escolhida</translation>
    </message>
</context>
<context>
    <name>whop::app::IdentityBinding</name>
    <message>
        <source>“%1” was removed from this computer, so nothing more is sent from this window.</source>
        <translation>“%1” foi removida deste computador, então nada mais é enviado desta janela.</translation>
    </message>
    <message>
        <source>“%1” must sign in again, so nothing more is sent from this window. %2</source>
        <translation>“%1” precisa entrar novamente, então nada mais é enviado desta janela. %2</translation>
    </message>
    <message>
        <source>Demo sandbox (local)</source>
        <translation>Sandbox de demonstração (local)</translation>
    </message>
</context>
<context>
    <name>whop::app::IdentityService</name>
    <message>
        <source>Paste a token or key first.</source>
        <translation>Cole um token ou uma chave primeiro.</translation>
    </message>
    <message>
        <source>That does not look like a single token: it contains spaces or line breaks.</source>
        <translation>Isso não parece ser um único token: contém espaços ou quebras de linha.</translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation>HTTP %1 — %2</translation>
    </message>
    <message>
        <source>Whop refused this credential. %1</source>
        <translation>O Whop recusou esta credencial. %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>The sign-in was also revoked at Whop.</source>
        <translation>O login também foi revogado no Whop.</translation>
    </message>
    <message>
        <source>Removed from this computer, but Whop could not be told to revoke the sign-in (%1). It expires on its own.</source>
        <translation>Removida deste computador, mas não foi possível pedir ao Whop que revogasse o login (%1). Ele expira sozinho.</translation>
    </message>
    <message>
        <source>The keychain is locked, so “%1” and its token were kept. Unlock the keychain (for example in GNOME Keyring or KWallet), then try again.</source>
        <translation>O chaveiro está bloqueado, então “%1” e o token dela foram mantidos. Desbloqueie o chaveiro (por exemplo, no GNOME Keyring ou no KWallet) e tente novamente.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token of “%1” could not be deleted and the identity was kept. Start your keychain (GNOME Keyring, KWallet or KeePassXC), then try again.</source>
        <translation>Nenhum chaveiro está disponível, então o token de “%1” não pôde ser excluído e a identidade foi mantida. Inicie seu chaveiro (GNOME Keyring, KWallet ou KeePassXC) e tente novamente.</translation>
    </message>
    <message>
        <source>The keychain could not delete the token of “%1” (%2), so the identity was kept. Try again.</source>
        <translation>O chaveiro não conseguiu excluir o token de “%1” (%2), então a identidade foi mantida. Tente novamente.</translation>
    </message>
    <message>
        <source>The credential could not be checked. %1</source>
        <translation>Não foi possível verificar esta credencial. %1</translation>
    </message>
</context>
<context>
    <name>whop::app::Preferences</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Não foi possível gravar o arquivo de configurações %1.</translation>
    </message>
    <message>
        <source>A client id starts with app_, e.g. app_AbC123.</source>
        <translation>Um ID do cliente começa com app_, p. ex. app_AbC123.</translation>
    </message>
    <message>
        <source>After app_ a client id has only letters, digits, _ and -.</source>
        <translation>Depois de app_, um ID do cliente tem apenas letras, dígitos, _ e -.</translation>
    </message>
    <message>
        <source>Give the redirect URI registered with your Whop app, e.g. http://localhost:8765/callback.</source>
        <translation>Informe o URI de redirecionamento registrado no seu app Whop, p. ex. http://localhost:8765/callback.</translation>
    </message>
    <message>
        <source>This is not an address. Write it like http://localhost:8765/callback.</source>
        <translation>Isto não é um endereço. Escreva-o como http://localhost:8765/callback.</translation>
    </message>
    <message>
        <source>The redirect URI starts with http:// (the browser comes back to this computer, not over the internet).</source>
        <translation>O URI de redirecionamento começa com http:// (o navegador volta para este computador, não pela internet).</translation>
    </message>
    <message>
        <source>The host must be this computer: localhost, 127.0.0.1 or [::1].</source>
        <translation>O host deve ser este computador: localhost, 127.0.0.1 ou [::1].</translation>
    </message>
    <message>
        <source>Only host, port and path: no user name, no ? and no #.</source>
        <translation>Apenas host, porta e caminho: sem nome de usuário, sem ? e sem #.</translation>
    </message>
    <message>
        <source>Give the port as registered with Whop, e.g. :8765 (:0 means any free port).</source>
        <translation>Informe a porta como registrada no Whop, p. ex. :8765 (:0 significa qualquer porta livre).</translation>
    </message>
    <message>
        <source>Give the path as registered with Whop, e.g. /callback.</source>
        <translation>Informe o caminho como registrado no Whop, p. ex. /callback.</translation>
    </message>
    <message>
        <source>Give at least %1.</source>
        <translation>Informe pelo menos %1.</translation>
    </message>
    <message>
        <source>“%1” is not a scope: scopes are words separated by spaces, without quotes or backslashes.</source>
        <translation>“%1” não é um escopo: escopos são palavras separadas por espaços, sem aspas nem barras invertidas.</translation>
    </message>
    <message>
        <source>Include %1: without it your profile cannot be saved.</source>
        <translation>Inclua %1: sem ele, seu perfil não pode ser salvo.</translation>
    </message>
    <message>
        <source>An API version is a date like %1, sometimes with -1 after it.</source>
        <translation>Uma versão da API é uma data como %1, às vezes seguida de -1.</translation>
    </message>
    <message>
        <source>From %1 to %2 seconds.</source>
        <translation>De %1 a %2 segundos.</translation>
    </message>
    <message>
        <source>There is no date %1. An API version is a real date like %2.</source>
        <translation>A data %1 não existe. Uma versão da API é uma data real como %2.</translation>
    </message>
</context>
<context>
    <name>whop::auth::CredentialStore</name>
    <message>
        <source>No keychain is available to keep your token safe. Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC with Secret Service integration); in Flatpak, allow access to org.freedesktop.secrets. You can also keep the token for this session only.</source>
        <translation>Nenhum chaveiro está disponível para manter seu token seguro. Inicie um provedor de Secret Service (GNOME Keyring, KWallet ou KeePassXC com integração ao Secret Service); no Flatpak, permita o acesso a org.freedesktop.secrets. Você também pode manter o token somente nesta sessão.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example in GNOME Keyring or KWallet) and try again, or keep the token for this session only.</source>
        <translation>O chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o (por exemplo, no GNOME Keyring ou no KWallet) e tente novamente, ou mantenha o token somente nesta sessão.</translation>
    </message>
    <message>
        <source>No saved token was found in the keychain. Connect again.</source>
        <translation>Nenhum token salvo foi encontrado no chaveiro. Conecte-se novamente.</translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>O chaveiro relatou um problema: %1</translation>
    </message>
</context>
<context>
    <name>whop::auth::Identity</name>
    <message>
        <source>Signed in with Whop</source>
        <translation>Login com o Whop</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Token de usuário</translation>
    </message>
    <message>
        <source>Account API key</source>
        <translation>Chave de API da conta</translation>
    </message>
    <message>
        <source>App API key</source>
        <translation>Chave de API do app</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> · sign in again</source>
        <translation> · entre novamente</translation>
    </message>
    <message>
        <source> · this run only</source>
        <translation> · somente nesta execução</translation>
    </message>
    <message>
        <source> · needs attention</source>
        <translation> · requer atenção</translation>
    </message>
    <message>
        <source>%1 without a name</source>
        <translation>%1 sem nome</translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthAuthenticator</name>
    <message>
        <source>Whop no longer accepts this sign-in (%1). Sign in again; your unsaved changes stay in the form.</source>
        <translation>O Whop não aceita mais este login (%1). Entre novamente; suas alterações não salvas continuam no formulário.</translation>
    </message>
    <message numerus="yes">
        <source>Your sign-in could not be renewed (%n attempt(s)): %1 The app stops trying on its own; reloading or saving tries again, or sign in again. Your unsaved changes stay in the form.</source>
        <translation>
            <numerusform>Não foi possível renovar seu login (%n tentativa): %1 O aplicativo para de tentar sozinho; recarregar ou salvar tenta novamente, ou entre novamente. Suas alterações não salvas continuam no formulário.</numerusform>
            <numerusform>Não foi possível renovar seu login (%n tentativas): %1 O aplicativo para de tentar sozinho; recarregar ou salvar tenta novamente, ou entre novamente. Suas alterações não salvas continuam no formulário.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthSettings</name>
    <message>
        <source>The sign-in endpoints must use https.</source>
        <translation>Os endpoints de login devem usar https.</translation>
    </message>
    <message>
        <source>The redirect URI must be http://127.0.0.1:PORT/... or http://localhost:PORT/.... Change it in Preferences.</source>
        <translation>O URI de redirecionamento deve ser http://127.0.0.1:PORT/... ou http://localhost:PORT/.... Altere-o em Preferências.</translation>
    </message>
    <message>
        <source>No OAuth client id is set. Set up sign-in… shows what to register in Whop&apos;s developer dashboard and asks for your app&apos;s client id (app_…).</source>
        <translation>Nenhum ID de cliente OAuth está definido. Configurar login… mostra o que registrar no painel de desenvolvedor do Whop e pede o ID do cliente do seu app (app_…).</translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthSignIn</name>
    <message>
        <source>Could not listen for the browser on port %1: %2</source>
        <translation>Não foi possível aguardar o navegador na porta %1: %2</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Somente o redirecionamento de login é atendido aqui.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Não encontrado.</translation>
    </message>
    <message>
        <source>Sign-in was not completed. You can close this tab.</source>
        <translation>O login não foi concluído. Você pode fechar esta aba.</translation>
    </message>
    <message>
        <source>Whop did not sign you in (%1).</source>
        <translation>O Whop não concluiu seu login (%1).</translation>
    </message>
    <message>
        <source>no authorization code</source>
        <translation>nenhum código de autorização</translation>
    </message>
    <message>
        <source>Signed in to Whop Profile Editor. You can close this tab and return to the app.</source>
        <translation>Você entrou no Whop Profile Editor. Você pode fechar esta aba e voltar ao aplicativo.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in: %1</source>
        <translation>O Whop recusou o login: %1</translation>
    </message>
    <message>
        <source>This sign-in has already been answered. You can close this tab.</source>
        <translation>Este login já foi respondido. Você pode fechar esta aba.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress and was ignored. You can close this tab.</source>
        <translation>Esta resposta não pertence ao login em andamento e foi ignorada. Você pode fechar esta aba.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1 Sign in again.</source>
        <translation>Não foi possível concluir o login: %1 Entre novamente.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the browser within %n minute(s), so the sign-in was stopped. Try again.</source>
        <translation>
            <numerusform>Nenhuma resposta do navegador em %n minuto, então o login foi interrompido. Tente novamente.</numerusform>
            <numerusform>Nenhuma resposta do navegador em %n minutos, então o login foi interrompido. Tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so the browser could not come back to this app there.</source>
        <translation>A porta %1 deste computador está em uso por outro programa, então o navegador não conseguiria voltar a este app por ela.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in (%1): it expects a client secret from your Whop app, and this editor has none, as no desktop app can keep one. Your app&apos;s client type must be Public; Set up sign-in… shows where.</source>
        <translation>O Whop recusou o login (%1): ele espera um segredo do cliente do seu app Whop, e este editor não tem nenhum, pois nenhum app de desktop consegue guardá-lo. O tipo de cliente do seu app deve ser Public; Configurar login… mostra onde.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in (%1): the redirect URI %2 is not registered with your Whop app exactly as written. Set up sign-in… shows what to register.</source>
        <translation>O Whop recusou o login (%1): o URI de redirecionamento %2 não está registrado no seu app Whop exatamente como escrito. Configurar login… mostra o que registrar.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in (%1): your Whop app may not ask for the scopes %2. Set up sign-in… shows where to allow them.</source>
        <translation>O Whop recusou o login (%1): seu app Whop não pode pedir os escopos %2. Configurar login… mostra onde permiti-los.</translation>
    </message>
</context>
<context>
    <name>whop::avatar</name>
    <message>
        <source>The picture address is not secure.</source>
        <translation>O endereço da foto não é seguro.</translation>
    </message>
</context>
<context>
    <name>whop::avatar::ImageDownload</name>
    <message>
        <source>The picture is larger than %1 MB and was not loaded.</source>
        <translation>A foto tem mais de %1 MB e não foi carregada.</translation>
    </message>
</context>
<context>
    <name>whop::avatar::ImageFetcher</name>
    <message>
        <source>The picture&apos;s size could not be read.</source>
        <translation>Não foi possível ler o tamanho da foto.</translation>
    </message>
    <message>
        <source>This is not a picture that can be shown.</source>
        <translation>Isto não é uma imagem que possa ser exibida.</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels, too large to show (the limit is %3 megapixels).</source>
        <translation>A foto tem %1 × %2 pixels, grande demais para exibir (o limite é %3 megapixels).</translation>
    </message>
</context>
<context>
    <name>whop::avatar::ImagePipeline</name>
    <message>
        <source>The pasted picture</source>
        <translation>A foto colada</translation>
    </message>
    <message>
        <source>%1 has %2 megapixels; pictures of at most %3 megapixels can be used.</source>
        <translation>%1 tem %2 megapixels; podem ser usadas fotos de no máximo %3 megapixels.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; a profile picture needs at least %4 pixels on its shorter side.</source>
        <translation>%1 tem %2 × %3 pixels; uma foto de perfil precisa de pelo menos %4 pixels no lado menor.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, too long and narrow for a profile picture (at most %4:1).</source>
        <translation>%1 tem %2 × %3 pixels, uma proporção alongada demais para uma foto de perfil (no máximo %4:1).</translation>
    </message>
    <message>
        <source>%1 would need %2 MB of memory to open, more than the %3 MB allowed.</source>
        <translation>Abrir %1 exigiria %2 MB de memória, mais do que os %3 MB permitidos.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file ends before the picture does.</source>
        <translation>%1: os dados estão incompletos; o arquivo termina antes da imagem.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1: os dados estão danificados e não podem ser abertos (%2).</translation>
    </message>
    <message>
        <source>%1 is not a picture this app can read. It reads %2.</source>
        <translation>%1 não é uma imagem que este aplicativo consiga ler. Ele lê %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: its size cannot be read.</source>
        <translation>%1: os dados estão danificados; não é possível ler o tamanho.</translation>
    </message>
    <message>
        <source>There is no picture to prepare.</source>
        <translation>Não há foto para preparar.</translation>
    </message>
    <message>
        <source>The picture could not be encoded.</source>
        <translation>Não foi possível codificar a foto.</translation>
    </message>
</context>
<context>
    <name>whop::avatar::PictureUploader</name>
    <message>
        <source>Whop gave no address to upload the picture to.</source>
        <translation>O Whop não informou um endereço para onde enviar a foto.</translation>
    </message>
    <message>
        <source>The upload address has expired. Retry starts the upload again.</source>
        <translation>O endereço de envio expirou. Tentar novamente inicia o envio outra vez.</translation>
    </message>
    <message>
        <source>The storage refused the upload (HTTP %1). Retry starts the upload again.</source>
        <translation>O armazenamento recusou o envio (HTTP %1). Tentar novamente inicia o envio outra vez.</translation>
    </message>
    <message>
        <source>Whop no longer knows the uploaded file. Retry uploads it again.</source>
        <translation>O Whop não reconhece mais o arquivo enviado. Tentar novamente envia o arquivo outra vez.</translation>
    </message>
    <message>
        <source>Whop could not process the picture (its upload status is “failed”). Retry uploads it again, or choose another picture.</source>
        <translation>O Whop não conseguiu processar a foto (o status do envio é “failed”). Tentar novamente envia a foto outra vez; você também pode escolher outra foto.</translation>
    </message>
    <message>
        <source>Whop did not finish processing the picture within %1. Retry checks again.</source>
        <translation>O Whop não terminou de processar a foto em %1. Tentar novamente verifica outra vez.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 falhou. %2</translation>
    </message>
    <message>
        <source>Nothing was sent. Retry asks Whop for a new upload address.</source>
        <translation>Nada foi enviado. Tentar novamente pede ao Whop um novo endereço de envio.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>Creating the upload</source>
        <translation>Criação do envio</translation>
    </message>
    <message>
        <source>Uploading the picture</source>
        <translation>Envio da foto</translation>
    </message>
    <message>
        <source>Processing the picture</source>
        <translation>Processamento da foto</translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere</source>
        <translation>Verificação de alterações feitas em outro lugar</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Salvamento do perfil</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::demo::SandboxDemo</name>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>O sandbox de demonstração não conseguiu escutar em 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>whop::history::BatchRecovery</name>
    <message>
        <source>It shows neither the values before nor those sent: it may have been changed elsewhere since.</source>
        <translation>Não mostra nem os valores anteriores nem os enviados: pode ter sido alterada em outro lugar desde então.</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation>Não foi possível lê-la: %1</translation>
    </message>
</context>
<context>
    <name>whop::history::HistoryText</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Undo of a batch</source>
        <translation>Desfazer de um lote</translation>
    </message>
    <message>
        <source>Restore of a batch</source>
        <translation>Restauração de um lote</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Global profile</source>
        <translation>Perfil global</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Arrived after all</source>
        <translation>Chegou afinal</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Não chegou</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost (%1)</source>
        <translation>Desconhecido: a resposta se perdeu (%1)</translation>
    </message>
    <message>
        <source>Unknown: no answer was recorded (the editor stopped before it came)</source>
        <translation>Desconhecido: nenhuma resposta registrada (o editor parou antes que ela chegasse)</translation>
    </message>
    <message>
        <source>Arrived after all (its answer was lost; a later read showed it)</source>
        <translation>Chegou afinal (a resposta se perdeu; uma leitura posterior mostrou)</translation>
    </message>
    <message>
        <source>Did not arrive (its answer was lost; a later read showed it)</source>
        <translation>Não chegou (a resposta se perdeu; uma leitura posterior mostrou)</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n aplicada</numerusform>
            <numerusform>%n aplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n não aplicada</numerusform>
            <numerusform>%n não aplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconhecida</numerusform>
            <numerusform>%n desconhecidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n não enviada</numerusform>
            <numerusform>%n não enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>an earlier picture set here (%1)</source>
        <translation>uma foto anterior definida aqui (%1)</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>nenhuma foto</translation>
    </message>
    <message>
        <source>a picture set elsewhere</source>
        <translation>uma foto definida em outro lugar</translation>
    </message>
    <message>
        <source>the value before is not known</source>
        <translation>o valor anterior não é conhecido</translation>
    </message>
    <message>
        <source>there was no picture before, and Whop cannot remove one: cannot be put back</source>
        <translation>antes não havia foto, e o Whop não consegue remover uma: não pode ser restaurada</translation>
    </message>
    <message>
        <source>set elsewhere: cannot be put back (Whop gives no file for it)</source>
        <translation>definida em outro lugar: não pode ser restaurada (o Whop não fornece arquivo dela)</translation>
    </message>
    <message>
        <source>%1 → a new picture uploaded here</source>
        <translation>%1 → uma foto nova enviada daqui</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 em %2, %3</translation>
    </message>
    <message>
        <source>Profile: %1 of %2</source>
        <translation>Perfil: %1 de %2</translation>
    </message>
    <message>
        <source>%1: before: %2; sent: a new picture uploaded here (%3)</source>
        <translation>%1: antes: %2; enviado: uma foto nova enviada daqui (%3)</translation>
    </message>
    <message>
        <source>%1: before: %2; sent: %3</source>
        <translation>%1: antes: %2; enviado: %3</translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1 antes: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <source>What it changed: %1</source>
        <translation>O que alterou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n conta</numerusform>
            <numerusform>%n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → a new picture</source>
        <translation>%1 → uma foto nova</translation>
    </message>
    <message>
        <source>%1 (per account)</source>
        <translation>%1 (por conta)</translation>
    </message>
    <message>
        <source>Not sent to %1</source>
        <translation>Não enviado para %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → depois</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a value quoted in a sentence: the language&apos;s quotation marks</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>whop::history::RestorePlan</name>
    <message>
        <source>This change was sent to %1, not to %2, which is in use now: switch to that identity to put it back.</source>
        <translation>Esta alteração foi enviada para %1, não para %2, que está em uso agora: mude para aquela identidade para restaurá-la.</translation>
    </message>
    <message numerus="yes">
        <source>The earlier picture cannot be put back on %n account(s): it was set elsewhere, or there was none (Whop gives no file for it).</source>
        <translation>
            <numerusform>A foto anterior não pode ser restaurada em %n conta: foi definida em outro lugar, ou não havia nenhuma (o Whop não fornece arquivo dela).</numerusform>
            <numerusform>A foto anterior não pode ser restaurada em %n contas: foi definida em outro lugar, ou não havia nenhuma (o Whop não fornece arquivo dela).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::history::Restorer</name>
    <message>
        <source>This profile&apos;s address now leads to another user.</source>
        <translation>O endereço deste perfil agora leva a outro usuário.</translation>
    </message>
    <message>
        <source>picture → the earlier one set here</source>
        <translation>foto → a anterior definida aqui</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Reading it again…</source>
        <translation>Lendo de novo…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Already as wanted: nothing sent</source>
        <translation>Já como desejado: nada enviado</translation>
    </message>
    <message>
        <source>Changed on Whop since: waiting for your choice</source>
        <translation>Alterado no Whop desde então: aguardando sua escolha</translation>
    </message>
    <message>
        <source>Changed on Whop since: kept as it is there</source>
        <translation>Alterado no Whop desde então: mantido como está lá</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n conta alterada</numerusform>
            <numerusform>%n contas alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored</source>
        <translation>
            <numerusform>%n conta restaurada</numerusform>
            <numerusform>%n contas restauradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n já como desejada</numerusform>
            <numerusform>%n já como desejadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as changed on Whop</source>
        <translation>
            <numerusform>%n mantida como alterada no Whop</numerusform>
            <numerusform>%n mantidas como alteradas no Whop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on Whop since: waiting for your choice</source>
        <translation>
            <numerusform>%n alterada no Whop desde então: aguardando sua escolha</numerusform>
            <numerusform>%n alteradas no Whop desde então: aguardando sua escolha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltam %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Não enviado (cancelado)</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n não enviada</numerusform>
            <numerusform>%n não enviadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::journal::JournalFile</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>whop::overview::BatchPlan</name>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>bio</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>picture → the new picture</source>
        <translation>foto → a nova foto</translation>
    </message>
    <message>
        <source>An API key cannot read the global profile: type the value or take it from an account.</source>
        <translation>Uma chave de API não consegue ler o perfil global: digite o valor ou copie-o de uma conta.</translation>
    </message>
    <message>
        <source>The global profile has not been read yet.</source>
        <translation>O perfil global ainda não foi lido.</translation>
    </message>
    <message>
        <source>The account to take the %1 from has not been read yet.</source>
        <translation>A conta da qual copiar o campo %1 ainda não foi lida.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a value quoted in a sentence: the language&apos;s quotation marks</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>whop::overview::BatchRun</name>
    <message>
        <source>This account is already being changed.</source>
        <translation>Esta conta já está sendo alterada.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Aguardando: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Enviando: %1</translation>
    </message>
    <message>
        <source>Applied (its answer was lost; reading the account again showed the change): %1</source>
        <translation>Aplicado (a resposta se perdeu; ao ler a conta novamente, a alteração apareceu): %1</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Restaurado: %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Aplicado: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Não enviado (cancelado)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Applied (confirmed by reading it again)</source>
        <translation>Aplicado (confirmado ao ler novamente)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored</source>
        <translation>
            <numerusform>%n conta restaurada</numerusform>
            <numerusform>%n contas restauradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n conta alterada</numerusform>
            <numerusform>%n contas alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n não enviada</numerusform>
            <numerusform>%n não enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltam %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::overview::OverviewModel</name>
    <message>
        <source>inherits: no picture</source>
        <translation>herda: sem foto</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>sem foto</translation>
    </message>
    <message>
        <source>inherits the global picture</source>
        <translation>herda a foto global</translation>
    </message>
    <message>
        <source>own picture</source>
        <translation>foto própria</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>inherits: %1</source>
        <translation>herda: %1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Não carregado</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Carregado</translation>
    </message>
    <message>
        <source>Same as global</source>
        <translation>Igual ao global</translation>
    </message>
    <message>
        <source>Same as reference</source>
        <translation>Igual à referência</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from global</source>
        <translation>
            <numerusform>%n campo difere do global</numerusform>
            <numerusform>%n campos diferem do global</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n campo difere</numerusform>
            <numerusform>%n campos diferem</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 (Retry: Ctrl+R)</source>
        <translation>Falhou: %1 (Tentar novamente: Ctrl+R)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
</context>
<context>
    <name>whop::profile</name>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>O nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A username is required.</source>
        <translation>O nome de usuário é obrigatório.</translation>
    </message>
    <message>
        <source>The username can have at most %1 characters.</source>
        <translation>O nome de usuário pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A username uses only letters, digits and hyphens (no spaces or symbols).</source>
        <translation>Só letras, dígitos e hifens (sem espaços nem símbolos).</translation>
    </message>
</context>
<context>
    <name>whop::profile::DraftKeeper</name>
    <message>
        <source>The picture you chose could not be kept on this computer (%1). It is still in the window: save it to Whop before closing.</source>
        <translation>Não foi possível guardar neste computador a foto que você escolheu (%1). Ela ainda está na janela: salve-a no Whop antes de fechar.</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept on this computer (%1). They are still in the window: save them to Whop before closing.</source>
        <translation>Não foi possível guardar neste computador suas alterações não salvas (%1). Elas ainda estão na janela: salve-as no Whop antes de fechar.</translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session belong to another profile, so they were not opened. The file was kept as %1.</source>
        <translation>As alterações não salvas de uma sessão anterior pertencem a outro perfil, por isso não foram abertas. O arquivo foi mantido como %1.</translation>
    </message>
    <message>
        <source>This profile&apos;s address now leads to another user (the username changed on Whop), so your unsaved changes were not carried over to them, and they could not be kept on this computer.</source>
        <translation>O endereço deste perfil agora leva a outro usuário (o nome de usuário mudou no Whop), então suas alterações não salvas não foram levadas para ele e não puderam ser guardadas neste computador.</translation>
    </message>
    <message>
        <source>This profile&apos;s address now leads to another user (the username changed on Whop), so your unsaved changes were not carried over to them. They were kept as %1.</source>
        <translation>O endereço deste perfil agora leva a outro usuário (o nome de usuário mudou no Whop), então suas alterações não salvas não foram levadas para ele. Elas foram mantidas como %1.</translation>
    </message>
</context>
<context>
    <name>whop::profile::DraftStore</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session were written by a newer version of this app, so they were not opened. The file was kept as %1.</source>
        <translation>As alterações não salvas de uma sessão anterior foram gravadas por uma versão mais recente deste aplicativo, por isso não foram abertas. O arquivo foi mantido como %1.</translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session could not be read (the file is damaged or incomplete), so they were not opened. The file was kept as %1.</source>
        <translation>Não foi possível ler as alterações não salvas de uma sessão anterior (o arquivo está danificado ou incompleto), por isso não foram abertas. O arquivo foi mantido como %1.</translation>
    </message>
</context>
<context>
    <name>whop::profile::ProfileEditor</name>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 falhou. %2</translation>
    </message>
    <message>
        <source>This profile&apos;s address now leads to another user (its username changed on Whop). Reload to see it.</source>
        <translation>O endereço deste perfil agora leva a outro usuário (o nome de usuário mudou no Whop). Recarregue para vê-lo.</translation>
    </message>
    <message>
        <source>%1 failed, so nothing was sent. %2</source>
        <translation>%1 falhou, então nada foi enviado. %2</translation>
    </message>
</context>
<context>
    <name>whop::ui::AboutBox</name>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edit your Whop profile: display name, username, bio and picture.&lt;/p&gt;&lt;p&gt;Qt %3 · QtKeychain %4&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edite seu perfil do Whop: nome, nome de usuário, bio e foto.&lt;/p&gt;&lt;p&gt;Qt %3 · QtKeychain %4&lt;/p&gt;&lt;p&gt;Licença: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logotipo do %1</translation>
    </message>
</context>
<context>
    <name>whop::ui::AccountFacts</name>
    <message>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>recusada</translation>
    </message>
    <message>
        <source>30 days: %1</source>
        <translation>30 dias: %1</translation>
    </message>
    <message>
        <source>All time: %1</source>
        <translation>Desde o início: %1</translation>
    </message>
</context>
<context>
    <name>whop::ui::AccountPickerDialog</name>
    <message>
        <source>Loading accounts… %1 so far.</source>
        <translation>Carregando contas… %1 até agora.</translation>
    </message>
    <message>
        <source>No accounts. You can still type an account id below.</source>
        <translation>Nenhuma conta. Você ainda pode digitar um ID de conta abaixo.</translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1 You can still type an account id below.</source>
        <translation>Não foi possível listar as contas: %1 Você ainda pode digitar um ID de conta abaixo.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Carregando contas…</translation>
    </message>
    <message>
        <source>An account id is biz_ followed by letters and digits.</source>
        <translation>Um ID de conta é biz_ seguido de letras e dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n conta.</numerusform>
            <numerusform>%n contas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logotipo de %1</translation>
    </message>
    <message>
        <source>Whop has more accounts: only the first %1 are listed. Type the id of another one below.</source>
        <translation>O Whop tem mais contas: só as primeiras %1 estão listadas. Digite abaixo o ID de conta de outra.</translation>
    </message>
</context>
<context>
    <name>whop::ui::AddIdentityDialog</name>
    <message>
        <source>Production (api.whop.com)</source>
        <translation>Produção (api.whop.com)</translation>
    </message>
    <message>
        <source>Sandbox (sandbox-api.whop.com)</source>
        <translation>Sandbox (sandbox-api.whop.com)</translation>
    </message>
    <message>
        <source>Local demo sandbox</source>
        <translation>Sandbox de demonstração local</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <source>Checking with Whop…</source>
        <translation>Verificando com o Whop…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Aguardando o navegador…</translation>
    </message>
    <message>
        <source>An access token Whop issued for your own account. Edits your global profile and your profile in each of your accounts until it expires; it is not renewed, so add it again then (signing in with Whop renews on its own).</source>
        <translation>Um token de acesso que o Whop emitiu para a sua própria conta. Edita seu perfil global e seu perfil em cada uma das suas contas até expirar; ele não é renovado, então adicione-o novamente quando isso acontecer (o login com o Whop se renova sozinho).</translation>
    </message>
    <message>
        <source>A key a business creates in its dashboard on whop.com. Edits a member&apos;s profile inside that business and its connected accounts (what the account shows), not the global profile.</source>
        <translation>Uma chave que uma empresa cria no painel dela em whop.com. Edita o perfil de um membro dentro dessa empresa e das contas conectadas a ela (o que a conta mostra), não o perfil global.</translation>
    </message>
    <message>
        <source>The key of an app, from Whop&apos;s developer dashboard. Edits a member&apos;s profile inside the accounts that installed the app (what the account shows), not the global profile.</source>
        <translation>A chave de um app, obtida no painel de desenvolvedor do Whop. Edita o perfil de um membro dentro das contas que instalaram o app (o que a conta mostra), não o perfil global.</translation>
    </message>
    <message>
        <source>Paste a token or key first.</source>
        <translation>Cole um token ou uma chave primeiro.</translation>
    </message>
    <message>
        <source>Use another port picks a free one; the redirect URI to register with your Whop app changes with it.</source>
        <translation>Usar outra porta escolhe uma livre; o URI de redirecionamento a registrar no seu app Whop muda com ela.</translation>
    </message>
</context>
<context>
    <name>whop::ui::AvatarWidget</name>
    <message>
        <source>Click to choose a picture, drop one here, or paste one (Ctrl+V).</source>
        <translation>Clique para escolher uma foto, solte uma aqui ou cole uma (Ctrl+V).</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salva</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>Click, drop or paste to choose a new picture.</source>
        <translation>Clique, solte ou cole para escolher uma nova foto.</translation>
    </message>
    <message>
        <source>A new picture.</source>
        <translation>Uma nova foto.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ainda não salva.</translation>
    </message>
    <message>
        <source>Uploading: %1%.</source>
        <translation>Enviando: %1%.</translation>
    </message>
    <message>
        <source>The dropped picture</source>
        <translation>A foto arrastada</translation>
    </message>
    <message>
        <source>Picture shown.</source>
        <translation>Foto exibida.</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>Sem foto.</translation>
    </message>
    <message>
        <source>No picture: initials %1 shown.</source>
        <translation>Sem foto: iniciais %1 exibidas.</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>Não foi possível carregar a foto.</translation>
    </message>
    <message>
        <source>The picture could not be loaded: initials %1 shown.</source>
        <translation>Não foi possível carregar a foto: iniciais %1 exibidas.</translation>
    </message>
</context>
<context>
    <name>whop::ui::BatchPanel</name>
    <message>
        <source>Type a value</source>
        <translation>Digitar um valor</translation>
    </message>
    <message>
        <source>From the global profile</source>
        <translation>Do perfil global</translation>
    </message>
    <message>
        <source>From the current account</source>
        <translation>Da conta atual</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 de “%2”</translation>
    </message>
    <message>
        <source>An API key cannot read your global profile, so “From the global profile” is not available.</source>
        <translation>Uma chave de API não consegue ler seu perfil global, então “Do perfil global” não está disponível.</translation>
    </message>
    <message>
        <source>The picture is uploaded once, and the same file is attached to every account that changes.</source>
        <translation>A foto é enviada uma vez, e o mesmo arquivo é anexado a cada conta que for alterada.</translation>
    </message>
    <message>
        <source>Select accounts in the list (Shift+arrows, Ctrl+A).</source>
        <translation>Selecione contas na lista (Shift+setas, Ctrl+A).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) selected.</source>
        <translation>
            <numerusform>%n conta selecionada.</numerusform>
            <numerusform>%n contas selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to change.</source>
        <translation>Escolha o que alterar.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will change.</source>
        <translation>
            <numerusform>%n conta será alterada.</numerusform>
            <numerusform>%n contas serão alteradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already show(s) these values: nothing is sent to them.</source>
        <translation>
            <numerusform>%n já mostra esses valores: nada é enviado a ela.</numerusform>
            <numerusform>%n já mostram esses valores: nada é enviado a elas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n account(s)…</source>
        <translation>
            <numerusform>Lendo %n conta…</numerusform>
            <numerusform>Lendo %n contas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: retry them first (Ctrl+R).</source>
        <translation>
            <numerusform>%n não pôde ser lida: tente lê-la novamente primeiro (Ctrl+R).</numerusform>
            <numerusform>%n não puderam ser lidas: tente lê-las novamente primeiro (Ctrl+R).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Account(s)</source>
        <translation>
            <numerusform>&amp;Aplicar a %n conta</numerusform>
            <numerusform>&amp;Aplicar a %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers to what was already sent…</source>
        <translation>Cancelando: aguardando as respostas do que já foi enviado…</translation>
    </message>
    <message>
        <source>Where an answer was lost, the account was read again and shows what it holds now. Retry Failed sends again.</source>
        <translation>Onde uma resposta se perdeu, a conta foi lida novamente e mostra o que contém agora. Tentar novamente as que falharam envia outra vez.</translation>
    </message>
    <message>
        <source>Undo puts back names, usernames and bios, and an earlier picture only where this editor had set it (Whop gives no file for a picture set elsewhere).</source>
        <translation>Desfazer restaura nomes, nomes de usuário e bios, e uma foto anterior só onde este editor a tinha definido (o Whop não fornece arquivo de uma foto definida em outro lugar).</translation>
    </message>
    <message>
        <source>Reading each account again before putting its values back…</source>
        <translation>Lendo cada conta de novo antes de restaurar seus valores…</translation>
    </message>
</context>
<context>
    <name>whop::ui::CropDialog</name>
    <message>
        <source>&amp;Use Picture</source>
        <translation>&amp;Usar foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>This frame could not be prepared. Try another.</source>
        <translation>Não foi possível preparar este quadro. Tente outro.</translation>
    </message>
    <message>
        <source>PNG (keeps the transparency)</source>
        <translation>PNG (mantém a transparência)</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3, %4</source>
        <translation>%1 × %2 pixels, %3, %4</translation>
    </message>
    <message>
        <source>Use Picture</source>
        <translation>Usar foto</translation>
    </message>
</context>
<context>
    <name>whop::ui::CropView</name>
    <message>
        <source>Drag or use the arrow keys to move; scroll or press + and − to zoom; Home centres.</source>
        <translation>Arraste ou use as setas para mover; role ou pressione + e − para ampliar; Home centraliza.</translation>
    </message>
</context>
<context>
    <name>whop::ui::DemoActions</name>
    <message>
        <source>Demo: change this profile elsewhere</source>
        <translation>Demonstração: alterar este perfil em outro lugar</translation>
    </message>
</context>
<context>
    <name>whop::ui::DraftRecoveryDialog</name>
    <message>
        <source>an earlier session</source>
        <translation>uma sessão anterior</translation>
    </message>
    <message>
        <source>Changes you made to this profile (last kept %1) were not saved to Whop. Restore them to carry on where you left off, or discard them.</source>
        <translation>As alterações que você fez neste perfil (guardadas pela última vez em %1) não foram salvas no Whop. Restaure-as para continuar de onde parou ou descarte-as.</translation>
    </message>
    <message>
        <source>Your unsaved draft</source>
        <translation>Seu rascunho não salvo</translation>
    </message>
    <message>
        <source>On Whop now</source>
        <translation>No Whop agora</translation>
    </message>
    <message>
        <source>Changed on Whop since you started editing (it was “%1”).</source>
        <translation>Alterado no Whop desde que você começou a editar (era “%1”).</translation>
    </message>
    <message>
        <source>%1 changed on Whop</source>
        <translation>Alterado no Whop: %1</translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation>Versão de %1 a manter</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Manter meu rascunho</translation>
    </message>
    <message>
        <source>Use the version on Whop</source>
        <translation>Usar a versão do Whop</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>A new picture you chose</source>
        <translation>Uma nova foto que você escolheu</translation>
    </message>
    <message>
        <source>The current picture</source>
        <translation>A foto atual</translation>
    </message>
    <message>
        <source>Your draft of %1</source>
        <translation>Seu rascunho de %1</translation>
    </message>
    <message>
        <source>%1 on Whop now</source>
        <translation>%1 no Whop agora</translation>
    </message>
</context>
<context>
    <name>whop::ui::FieldComparison</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
</context>
<context>
    <name>whop::ui::FieldCounter</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractere</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::HistoryDialog</name>
    <message>
        <source>Any outcome</source>
        <translation>Qualquer resultado</translation>
    </message>
    <message>
        <source>Every profile.</source>
        <translation>Todos os perfis.</translation>
    </message>
    <message>
        <source>This profile: %1.</source>
        <translation>Este perfil: %1.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nenhuma alteração registrada ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown.</source>
        <translation>
            <numerusform>%1 de %n alteração mostradas.</numerusform>
            <numerusform>%1 de %n alterações mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Restore This Field…</source>
        <translation>&amp;Restaurar este campo…</translation>
    </message>
    <message>
        <source>&amp;Restore This Account…</source>
        <translation>&amp;Restaurar esta conta…</translation>
    </message>
    <message>
        <source>&amp;Restore This Change…</source>
        <translation>&amp;Restaurar esta alteração…</translation>
    </message>
    <message>
        <source>&amp;Restore This Batch…</source>
        <translation>&amp;Restaurar este lote…</translation>
    </message>
    <message>
        <source>Nothing to put back: this change did not change anything.</source>
        <translation>Nada a restaurar: esta alteração não alterou nada.</translation>
    </message>
    <message>
        <source>Nothing to put back. %1</source>
        <translation>Nada a restaurar. %1</translation>
    </message>
    <message>
        <source>Put back on %1:</source>
        <translation>Restaurar em %1:</translation>
    </message>
    <message>
        <source>• the earlier picture set here</source>
        <translation>• a foto anterior definida aqui</translation>
    </message>
    <message numerus="yes">
        <source>Put back the values before on %n account(s).</source>
        <translation>
            <numerusform>Restaurar os valores anteriores em %n conta.</numerusform>
            <numerusform>Restaurar os valores anteriores em %n contas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not put back: %1</source>
        <translation>Não restaurado: %1</translation>
    </message>
    <message>
        <source>Each profile is read again first: a field changed elsewhere since is not overwritten unless you choose so.</source>
        <translation>Cada perfil é lido de novo antes: um campo alterado em outro lugar desde então só é sobrescrito se você escolher.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>whop::ui::IdentityBar</name>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Demo sandbox (local)</source>
        <translation>Sandbox de demonstração (local)</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before switching?</source>
        <translation>Seu perfil tem alterações não salvas. Deseja salvá-las antes de trocar?</translation>
    </message>
    <message>
        <source>I&amp;dentity:</source>
        <translation>I&amp;dentidade:</translation>
    </message>
</context>
<context>
    <name>whop::ui::InheritedFields</name>
    <message>
        <source>global: %1</source>
        <translation>global: %1</translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation>letras, dígitos e hifens</translation>
    </message>
    <message>
        <source>A few words about you</source>
        <translation>Algumas palavras sobre você</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>bio</translation>
    </message>
</context>
<context>
    <name>whop::ui::InterruptedBatchDialog</name>
    <message numerus="yes">
        <source>The editor stopped before it knew the outcome of “%1” (%2, sent on %3), meant for %n account(s). Reading them again shows:</source>
        <translation>
            <numerusform>O editor parou antes de saber o resultado de “%1” (%2, enviado em %3), destinado a %n conta. Lendo de novo, mostra:</numerusform>
            <numerusform>O editor parou antes de saber o resultado de “%1” (%2, enviado em %3), destinado a %n contas. Lendo de novo, mostra:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Received it (%n):</source>
        <translation>
            <numerusform>&amp;Recebeu (%n):</numerusform>
            <numerusform>&amp;Receberam (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Did not receive it (%n):</source>
        <translation>
            <numerusform>&amp;Não recebeu (%n):</numerusform>
            <numerusform>&amp;Não receberam (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still u&amp;nknown (%n):</source>
        <translation>
            <numerusform>Ainda &amp;desconhecida (%n):</numerusform>
            <numerusform>Ainda &amp;desconhecidas (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Finish: Send to %n Account(s)</source>
        <translation>
            <numerusform>&amp;Concluir: enviar para %n conta</numerusform>
            <numerusform>&amp;Concluir: enviar para %n contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo on %n Account(s)</source>
        <translation>
            <numerusform>Desfa&amp;zer em %n conta</numerusform>
            <numerusform>Desfa&amp;zer em %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>An undo of this batch was already sent on %1.</source>
        <translation>Um desfazer deste lote já foi enviado em %1.</translation>
    </message>
    <message>
        <source>The accounts still unknown are neither finished nor undone: this question comes back at the next start, and from History, until they can be read.</source>
        <translation>As contas ainda desconhecidas não são concluídas nem desfeitas: esta pergunta volta no próximo início, e no Histórico, até que possam ser lidas.</translation>
    </message>
    <message>
        <source>Undo reads each account again first: one changed elsewhere since is not overwritten unless you choose so.</source>
        <translation>Desfazer lê cada conta de novo antes: uma alterada em outro lugar desde então só é sobrescrita se você escolher.</translation>
    </message>
</context>
<context>
    <name>whop::ui::MainWindow</name>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still here.</source>
        <translation>Cancelado. Suas alterações continuam aqui.</translation>
    </message>
    <message>
        <source>Whop did not accept a field; see the message beside it.</source>
        <translation>O Whop não aceitou um campo; veja a mensagem ao lado dele.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Tentando novamente em %2 s (tentativa %3)…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Salvo às %1.</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Carregado.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Carregando perfil…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>Não carregado.</translation>
    </message>
    <message>
        <source> — Demo</source>
        <translation> — Demonstração</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before closing?</source>
        <translation>Seu perfil tem alterações não salvas. Deseja salvá-las antes de fechar?</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Corrija os campos marcados antes de salvar.</translation>
    </message>
    <message>
        <source>More controls</source>
        <translation>Mais controles</translation>
    </message>
    <message>
        <source>Show the controls that do not fit</source>
        <translation>Mostrar os controles que não cabem</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
</context>
<context>
    <name>whop::ui::ManageIdentitiesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>Manage identities</source>
        <translation>Gerenciar identidades</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>Rename identity</source>
        <translation>Renomear identidade</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>O nome não pode ficar vazio.</translation>
    </message>
    <message>
        <source>Remove identity</source>
        <translation>Remover identidade</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Its token is deleted from the keychain now; a browser sign-in is also revoked at Whop.</source>
        <translation>Remover “%1” deste computador? O token dela é excluído do chaveiro agora; um login feito pelo navegador também é revogado no Whop.</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>“%1” foi removida.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Remove the identity again, without asking</source>
        <translation>Remover a identidade novamente, sem perguntar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Removendo “%1”…</translation>
    </message>
</context>
<context>
    <name>whop::ui::ModeBar</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>user_… or username</source>
        <translation>user_… ou nome de usuário</translation>
    </message>
    <message>
        <source>Global profile</source>
        <translation>Perfil global</translation>
    </message>
    <message>
        <source>Profile in account “%1” (%2)</source>
        <translation>Perfil na conta “%1” (%2)</translation>
    </message>
    <message>
        <source>Profile in another account…</source>
        <translation>Perfil em outra conta…</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before switching profile?</source>
        <translation>Seu perfil tem alterações não salvas. Deseja salvá-las antes de trocar de perfil?</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Enter a user id or a username.</source>
        <translation>Digite um ID de usuário ou um nome de usuário.</translation>
    </message>
    <message>
        <source>Not a user id (user_…) or a username.</source>
        <translation>Não é ID (user_…) nem nome de usuário.</translation>
    </message>
</context>
<context>
    <name>whop::ui::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
    </message>
    <message>
        <source>Add identity…</source>
        <translation>Adicionar identidade…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Entrar novamente…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Set up sign-in…</source>
        <translation>Configurar login…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>whop::ui::OverviewWindow</name>
    <message>
        <source>List order</source>
        <translation>Ordem da lista</translation>
    </message>
    <message>
        <source>Differing from global first</source>
        <translation>Diferentes do global primeiro</translation>
    </message>
    <message>
        <source>“inherits: …” means the account shows your global profile&apos;s value; other values are the account&apos;s own.</source>
        <translation>“herda: …” significa que a conta mostra o valor do seu perfil global; os demais valores são próprios da conta.</translation>
    </message>
    <message>
        <source>Differing from the key&apos;s account first</source>
        <translation>Diferentes da conta da chave primeiro</translation>
    </message>
    <message>
        <source>An API key edits a user inside each account: enter the user (user_… or a username) in the main window first.</source>
        <translation>Uma chave de API edita um usuário dentro de cada conta: primeiro informe o usuário (user_… ou um nome de usuário) na janela principal.</translation>
    </message>
    <message numerus="yes">
        <source>Listing accounts… %n so far.</source>
        <translation>
            <numerusform>Listando contas… %n até agora.</numerusform>
            <numerusform>Listando contas… %n até agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1 Reload (F5) tries again.</source>
        <translation>Não foi possível listar as contas: %1 Recarregar (F5) tenta novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n conta.</numerusform>
            <numerusform>%n contas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n exibida.</numerusform>
            <numerusform>%n exibidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read.</source>
        <translation>%1 de %2 lidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (Ctrl+R retries).</source>
        <translation>
            <numerusform>%n não pôde ser lida (Ctrl+R tenta novamente).</numerusform>
            <numerusform>%n não puderam ser lidas (Ctrl+R tenta novamente).</numerusform>
        </translation>
    </message>
    <message>
        <source>The global profile could not be read: %1</source>
        <translation>Não foi possível ler o perfil global: %1</translation>
    </message>
    <message>
        <source>Whop asked to slow down: waiting %1 s.</source>
        <translation>O Whop pediu para desacelerar: aguardando %1 s.</translation>
    </message>
    <message>
        <source>All Accounts — %1</source>
        <translation>Todas as contas — %1</translation>
    </message>
    <message>
        <source>Identity: %1. Everything this window reads and sends uses it.</source>
        <translation>Identidade: %1. Tudo o que esta janela lê e envia a usa.</translation>
    </message>
    <message>
        <source>Identity: %1.</source>
        <translation>Identidade: %1.</translation>
    </message>
    <message>
        <source>The main window now uses another identity; this window stays with this one. All Accounts in the main window (Ctrl+Shift+A) opens a window for the other.</source>
        <translation>A janela principal agora usa outra identidade; esta janela continua com esta. “Todas as contas” na janela principal (Ctrl+Shift+A) abre uma janela para a outra.</translation>
    </message>
    <message>
        <source>Whop has more accounts: only the first %1 are listed.</source>
        <translation>O Whop tem mais contas: só as primeiras %1 estão listadas.</translation>
    </message>
    <message>
        <source>An API key cannot read a user&apos;s global profile, so an account&apos;s own values cannot be told from inherited ones.</source>
        <translation>Uma chave de API não consegue ler o perfil global de um usuário, então não é possível distinguir os valores próprios de uma conta dos herdados.</translation>
    </message>
    <message>
        <source>An API key cannot read %1&apos;s global profile, so an account&apos;s own values cannot be told from inherited ones.</source>
        <translation>Uma chave de API não consegue ler o perfil global de %1, então não é possível distinguir os valores próprios de uma conta dos herdados.</translation>
    </message>
    <message>
        <source>Accounts are compared with the key&apos;s own account, which is not known yet.</source>
        <translation>As contas são comparadas com a conta da própria chave, que ainda não é conhecida.</translation>
    </message>
    <message>
        <source>Accounts are compared with the key&apos;s own account “%1”.</source>
        <translation>As contas são comparadas com a conta da própria chave, “%1”.</translation>
    </message>
</context>
<context>
    <name>whop::ui::PictureController</name>
    <message>
        <source>Choose &amp;Picture…</source>
        <translation>Escolher &amp;foto…</translation>
    </message>
    <message>
        <source>P&amp;aste Picture</source>
        <translation>Co&amp;lar foto</translation>
    </message>
    <message>
        <source>The dropped picture</source>
        <translation>A foto arrastada</translation>
    </message>
    <message>
        <source>New picture chosen; it is uploaded when you save.</source>
        <translation>Nova foto escolhida; ela será enviada quando você salvar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Preparing the upload…</source>
        <translation>Preparando o envio…</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>Processando…</translation>
    </message>
    <message>
        <source>Whop is processing the picture…</source>
        <translation>O Whop está processando a foto…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Salvando o perfil…</translation>
    </message>
    <message>
        <source>Uploading the picture: %1 of %2 (%3%)</source>
        <translation>Enviando a foto: %1 de %2 (%3%)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere…</source>
        <translation>Verificando alterações feitas em outro lugar…</translation>
    </message>
</context>
<context>
    <name>whop::ui::PicturePicker</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Imagens (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a Profile Picture</source>
        <translation>Escolher uma foto de perfil</translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation>A foto colada</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a picture or a picture file first.</source>
        <translation>A área de transferência não contém uma imagem. Copie uma imagem ou um arquivo de imagem primeiro.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Abrindo a foto…</translation>
    </message>
    <message>
        <source>Frame the picture, then choose Use Picture.</source>
        <translation>Enquadre a foto e escolha Usar foto.</translation>
    </message>
</context>
<context>
    <name>whop::ui::PreferencesDialog</name>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restaurar &amp;padrões</translation>
    </message>
    <message>
        <source>Set by %1 for this run.</source>
        <translation>Definido por %1 nesta execução.</translation>
    </message>
    <message>
        <source>Without one, Sign in with Whop works only in the demo sandbox.</source>
        <translation>Sem ele, Entrar com o Whop funciona somente no sandbox de demonstração.</translation>
    </message>
    <message>
        <source>As Whop shows it with your app in the developer dashboard.</source>
        <translation>Como o Whop o mostra junto ao seu app no painel de desenvolvedor.</translation>
    </message>
    <message>
        <source>Separated by spaces. %1 lets the app save your profile.</source>
        <translation>Separados por espaços. %1 permite que o aplicativo salve seu perfil.</translation>
    </message>
    <message>
        <source>The default: the version this app is made for.</source>
        <translation>O padrão: a versão para a qual este aplicativo foi feito.</translation>
    </message>
    <message>
        <source>How long to wait for each attempt of a request. Default: %1 s.</source>
        <translation>Quanto tempo aguardar em cada tentativa de uma solicitação. Padrão: %1 s.</translation>
    </message>
    <message>
        <source>A version Whop publishes.</source>
        <translation>Uma versão que o Whop publica.</translation>
    </message>
    <message>
        <source>Not a version Whop publishes: if Whop does not support it, it will say so and list the ones it does.</source>
        <translation>Não é uma versão que o Whop publica: se o Whop não a suportar, ele informará isso e listará as que suporta.</translation>
    </message>
    <message>
        <source>Before %1, Whop named accounts company_id in requests; the editor does so for this version.</source>
        <translation>Antes de %1, o Whop chamava as contas de company_id nas solicitações; o editor faz isso para esta versão.</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;own: %1</source>
        <translation>&amp;Deste computador: %1</translation>
    </message>
    <message>
        <source>Register this URI with your Whop app once: Whop accepts only redirect URIs it has exactly as written. Its port was chosen for this computer and stays.</source>
        <translation>Registre este URI uma vez no seu app Whop: o Whop só aceita URIs de redirecionamento que tem exatamente como escritos. A porta dele foi escolhida para este computador e não muda.</translation>
    </message>
    <message>
        <source>Exactly as registered with your Whop app: Whop compares it character by character.</source>
        <translation>Exatamente como registrado no seu app Whop: o Whop o compara caractere por caractere.</translation>
    </message>
</context>
<context>
    <name>whop::ui::RecoveryFlow</name>
    <message>
        <source>Every account of that batch is known now.</source>
        <translation>Todas as contas daquele lote são conhecidas agora.</translation>
    </message>
    <message>
        <source>Reading the accounts of the batch again…</source>
        <translation>Lendo de novo as contas do lote…</translation>
    </message>
    <message>
        <source>Another identity is in use now: the batch was left as it is.</source>
        <translation>Outra identidade está em uso agora: o lote foi deixado como está.</translation>
    </message>
    <message>
        <source>Finishing the batch…</source>
        <translation>Concluindo o lote…</translation>
    </message>
    <message>
        <source>Undoing the batch…</source>
        <translation>Desfazendo o lote…</translation>
    </message>
    <message>
        <source>The batch is kept as it is.</source>
        <translation>O lote é mantido como está.</translation>
    </message>
</context>
<context>
    <name>whop::ui::RestoreRunner</name>
    <message>
        <source>This profile has changes that are not saved. Save them before putting earlier values back?</source>
        <translation>Este perfil tem alterações não salvas. Salvá-las antes de restaurar valores anteriores?</translation>
    </message>
</context>
<context>
    <name>whop::ui::SaveConflictDialog</name>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Before you edited</source>
        <translation>Antes da sua edição</translation>
    </message>
    <message>
        <source>%1 before you edited</source>
        <translation>%1 antes da sua edição</translation>
    </message>
    <message>
        <source>On Whop now</source>
        <translation>No Whop agora</translation>
    </message>
    <message>
        <source>%1 on Whop now (changed elsewhere)</source>
        <translation>%1 no Whop agora (alterado em outro lugar)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua versão</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>%1: sua versão</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>The picture before you edited</source>
        <translation>A foto antes da sua edição</translation>
    </message>
    <message>
        <source>The picture on Whop now (changed elsewhere)</source>
        <translation>A foto no Whop agora (alterada em outro lugar)</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Sua foto</translation>
    </message>
    <message>
        <source>Also changed elsewhere, and kept as it is on Whop (you had not changed it): %1.</source>
        <translation>Também alterado em outro lugar e mantido como está no Whop (você não o tinha alterado): %1.</translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation>Versão de %1 a manter</translation>
    </message>
    <message>
        <source>The one on Whop now</source>
        <translation>A que está no Whop agora</translation>
    </message>
    <message>
        <source>As before you edited</source>
        <translation>Como antes da sua edição</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile, so kept as on Whop: %1.</source>
        <translation>Alterado em outro lugar nesse meio-tempo, por isso mantido como está no Whop: %1.</translation>
    </message>
    <message>
        <source>Not saved yet: some fields were changed on Whop meanwhile.</source>
        <translation>Ainda não salvo: alguns campos foram alterados no Whop nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Nothing was saved. Your changes are still here; saving again shows what changed on Whop.</source>
        <translation>Nada foi salvo. Suas alterações continuam aqui; salvar novamente mostra o que mudou no Whop.</translation>
    </message>
    <message>
        <source>Changed on Whop since</source>
        <translation>Alterado no Whop desde então</translation>
    </message>
    <message>
        <source>Since the change you are putting back, this profile was also changed elsewhere (on the web, on another device or by a teammate). Nothing has been put back on these fields yet. Choose which version of each to keep: Whop&apos;s is kept unless you choose otherwise.</source>
        <translation>Desde a alteração que você está restaurando, este perfil também foi alterado em outro lugar (na web, em outro dispositivo ou por alguém da equipe). Nada foi restaurado nestes campos ainda. Escolha qual versão de cada um manter: a do Whop é mantida, a menos que você escolha outra.</translation>
    </message>
    <message numerus="yes">
        <source>Since the batch you are putting back, %n account(s) were also changed elsewhere (on the web, on another device or by a teammate). Nothing has been put back on these fields yet; the other accounts are restored meanwhile. Choose which version of each to keep: Whop&apos;s is kept unless you choose otherwise.</source>
        <translation>
            <numerusform>Desde o lote que você está restaurando, %n conta também foi alterada em outro lugar (na web, em outro dispositivo ou por alguém da equipe). Nada foi restaurado nestes campos ainda; as outras contas são restauradas enquanto isso. Escolha qual versão de cada um manter: a do Whop é mantida, a menos que você escolha outra.</numerusform>
            <numerusform>Desde o lote que você está restaurando, %n contas também foram alteradas em outro lugar (na web, em outro dispositivo ou por alguém da equipe). Nada foi restaurado nestes campos ainda; as outras contas são restauradas enquanto isso. Escolha qual versão de cada um manter: a do Whop é mantida, a menos que você escolha outra.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore with these choices</source>
        <translation>&amp;Restaurar com estas escolhas</translation>
    </message>
    <message>
        <source>Restore with these choices</source>
        <translation>Restaurar com estas escolhas</translation>
    </message>
    <message>
        <source>&amp;Keep Whop&apos;s values</source>
        <translation>&amp;Manter os valores do Whop</translation>
    </message>
    <message>
        <source>Keep Whop&apos;s values</source>
        <translation>Manter os valores do Whop</translation>
    </message>
    <message>
        <source>As this editor wrote it</source>
        <translation>Como este editor escreveu</translation>
    </message>
    <message>
        <source>%1 as this editor wrote it</source>
        <translation>%1 como este editor escreveu</translation>
    </message>
    <message>
        <source>To put back</source>
        <translation>A restaurar</translation>
    </message>
    <message>
        <source>%1 to put back</source>
        <translation>%1 a restaurar</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>The picture this editor set</source>
        <translation>A foto que este editor definiu</translation>
    </message>
    <message>
        <source>The picture to put back</source>
        <translation>A foto a restaurar</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Global profile</source>
        <translation>Perfil global</translation>
    </message>
    <message>
        <source>Some fields were changed on Whop since: choose what to keep.</source>
        <translation>Alguns campos foram alterados no Whop desde então: escolha o que manter.</translation>
    </message>
</context>
<context>
    <name>whop::ui::SignInDialog</name>
    <message>
        <source>The link is on the clipboard: paste it into your browser.</source>
        <translation>O link está na área de transferência: cole-o no seu navegador.</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Concluindo o login…</translation>
    </message>
    <message>
        <source>Signed in. Checking your profile…</source>
        <translation>Login feito. Verificando seu perfil…</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in your browser.</source>
        <translation>Não foi possível abrir nenhum navegador. Copie o link e abra-o no seu navegador.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Tempo restante: %1:%2</translation>
    </message>
    <message>
        <source>If the browser shows an error about the redirect URI (redirect_uri) instead of asking you to sign in, your Whop app does not list exactly %1. Set up sign-in… shows what to register.</source>
        <translation>Se o navegador mostrar um erro sobre o URI de redirecionamento (redirect_uri) em vez de pedir que você entre, seu app Whop não lista exatamente %1. Configurar login… mostra o que registrar.</translation>
    </message>
</context>
<context>
    <name>whop::ui::SignInGuide</name>
    <message>
        <source>Save and &amp;continue</source>
        <translation>Salvar e &amp;continuar</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Salvar e continuar</translation>
    </message>
    <message>
        <source>The redirect URI is on the clipboard: paste it into your app&apos;s redirect URIs in Whop&apos;s developer dashboard.</source>
        <translation>O URI de redirecionamento está na área de transferência: cole-o nos URIs de redirecionamento do seu app no painel de desenvolvedor do Whop.</translation>
    </message>
    <message>
        <source>As set in Preferences (Edit → Preferences…).</source>
        <translation>Como definido em Preferências (Editar → Preferências…).</translation>
    </message>
    <message>
        <source>Another program uses port %1 now, so the browser cannot come back here. Use another port picks a free one; then register the new redirect URI instead.</source>
        <translation>Outro programa está usando a porta %1 agora, então o navegador não consegue voltar para cá. Usar outra porta escolhe uma livre; registre então o novo URI de redirecionamento no lugar do antigo.</translation>
    </message>
    <message>
        <source>Port %1 was chosen for this computer once and stays the same, so you register this URI only once.</source>
        <translation>A porta %1 foi escolhida uma vez para este computador e não muda, então você registra este URI só uma vez.</translation>
    </message>
    <message>
        <source>No free port was found on this computer. Close a program that listens on many ports, then try again.</source>
        <translation>Nenhuma porta livre foi encontrada neste computador. Feche um programa que escuta em muitas portas e tente novamente.</translation>
    </message>
    <message>
        <source>The redirect URI is now %1, because port %2 was in use. Add it to your app in step 3 exactly as shown, in place of the old one, then choose Save and continue.</source>
        <translation>O URI de redirecionamento agora é %1, porque a porta %2 estava em uso. Adicione-o ao seu app no passo 3 exatamente como mostrado, no lugar do antigo, e escolha Salvar e continuar.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in because it expects a client secret from your app (invalid_client). Step 2 fixes it: set the app&apos;s client type to Public, then choose Save and continue to sign in again.</source>
        <translation>O Whop recusou o login porque espera um segredo do cliente do seu app (invalid_client). O passo 2 resolve: defina o tipo de cliente do app como Public e escolha Salvar e continuar para entrar novamente.</translation>
    </message>
    <message>
        <source>Whop refused the redirect URI: your app does not list exactly the one in step 3. Add it as shown (or correct the one you added), then choose Save and continue to sign in again.</source>
        <translation>O Whop recusou o URI de redirecionamento: seu app não lista exatamente o do passo 3. Adicione-o como mostrado (ou corrija o que você adicionou) e escolha Salvar e continuar para entrar novamente.</translation>
    </message>
    <message>
        <source>Whop refused the scopes: your app may not grant all of them, and without user:profile:update no profile can be saved. Step 4 fixes it: allow the scopes shown, then choose Save and continue to sign in again.</source>
        <translation>O Whop recusou os escopos: seu app não pode conceder todos, e sem user:profile:update nenhum perfil pode ser salvo. O passo 4 resolve: permita os escopos mostrados e escolha Salvar e continuar para entrar novamente.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so the browser cannot come back to this app there. Use another port picks a free one; the redirect URI changes with it, so you register the new one.</source>
        <translation>A porta %1 deste computador está em uso por outro programa, então o navegador não consegue voltar a este app por ela. Usar outra porta escolhe uma livre; o URI de redirecionamento muda com ela, então você registra o novo.</translation>
    </message>
    <message>
        <source>Port %1 of the redirect URI set in Preferences is in use by another program. Close that program, or register another redirect URI with your app and set it in Preferences.</source>
        <translation>A porta %1 do URI de redirecionamento definido em Preferências está em uso por outro programa. Feche esse programa ou registre outro URI de redirecionamento no seu app e defina-o em Preferências.</translation>
    </message>
    <message>
        <source>The redirect URI set in Preferences cannot be used: it must be http to this computer (127.0.0.1, [::1] or localhost) with a port. Change it in Preferences (Edit → Preferences…).</source>
        <translation>O URI de redirecionamento definido em Preferências não pode ser usado: ele deve ser http para este computador (127.0.0.1, [::1] ou localhost), com uma porta. Altere-o em Preferências (Editar → Preferências…).</translation>
    </message>
    <message>
        <source>Set by %1 for this run.</source>
        <translation>Definido por %1 nesta execução.</translation>
    </message>
    <message>
        <source>Give your app&apos;s client id: it starts with app_.</source>
        <translation>Informe o ID do cliente do seu app: ele começa com app_.</translation>
    </message>
    <message>
        <source>As Whop shows it with your app in the developer dashboard.</source>
        <translation>Como o Whop o mostra junto ao seu app no painel de desenvolvedor.</translation>
    </message>
</context>
<context>
    <name>whop::ui::UseGlobalButton</name>
    <message>
        <source>Use global: %1</source>
        <translation>Usar global: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Use the global profile&apos;s %1: empty</source>
        <translation>Usar o campo %1 do perfil global: vazio</translation>
    </message>
    <message>
        <source>Use the global profile&apos;s %1: %2</source>
        <translation>Usar o campo %1 do perfil global: %2</translation>
    </message>
</context>
<context>
    <name>whop::ui::UsernameAvailabilityView</name>
    <message>
        <source>Checking whether “%1” is free…</source>
        <translation>Verificando se “%1” está livre…</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>“%1” está disponível.</translation>
    </message>
    <message>
        <source>“%1” is your current username.</source>
        <translation>“%1” é seu nome de usuário atual.</translation>
    </message>
    <message>
        <source>“%1” is taken.</source>
        <translation>“%1” já está em uso.</translation>
    </message>
    <message>
        <source>Could not check “%1” just now (too many checks); Whop will tell when you save.</source>
        <translation>Não foi possível verificar “%1” agora (verificações demais); o Whop informará quando você salvar.</translation>
    </message>
    <message>
        <source>“%1” cannot be checked in advance; Whop will tell when you save.</source>
        <translation>“%1” não pode ser verificado com antecedência; o Whop informará quando você salvar.</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free; Whop will tell when you save.</source>
        <translation>Não foi possível verificar se “%1” está livre; o Whop informará quando você salvar.</translation>
    </message>
</context>
<context>
    <name>whop::ui::WindowCommands</name>
    <message>
        <source>Collecting diagnostics…</source>
        <translation>Coletando diagnóstico…</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: versions, settings and recent error kinds, without tokens, names or profile text.</source>
        <translation>Diagnóstico copiado para a área de transferência: versões, configurações e tipos de erros recentes, sem tokens, nomes ou textos de perfil.</translation>
    </message>
</context>
</TS>
