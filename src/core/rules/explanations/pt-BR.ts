import type { RuleExplanations } from '../explain';

/** The rules table and its warnings explained in Brazilian Portuguese. */
export const PT_BR_EXPLANATIONS: RuleExplanations = {
  rationale: {
    'store.bronze-zone': 'Toda fonte chega sem alterações à zona bronze do Amazon S3; assim qualquer etapa posterior pode ser refeita a partir do dado original, e o data lake guarda uma cópia durável e barata do que chegou.',
    'store.silver-gold-zones': 'Os dados limpos e padronizados (prata) e as tabelas prontas para o negócio (ouro) ficam em zonas próprias do S3, em formato colunar aberto (Parquet); assim acesso, retenção e custo são definidos por zona e qualquer motor consegue lê-los.',
    'catalog.central-catalog': 'Um único AWS Glue Data Catalog guarda o esquema e a localização de cada tabela, e Athena, Redshift Spectrum, EMR e SageMaker leem as mesmas definições; um data lake sem catálogo vira um pântano de dados.',
    'process.serverless-spark': 'O AWS Glue roda os jobs Spark que limpam os dados da zona bronze para a prata e montam as tabelas da ouro. É serverless e cobra por DPU-hora só enquanto o job roda; um pipeline noturno ou de hora em hora não paga nada entre as execuções.',
    'process.spark-cluster': 'O Amazon EMR roda o código Spark (e Hive) da equipe em clusters gerenciados que leem e gravam no S3 em vez do HDFS, preservando as habilidades de código aberto e o ajuste fino já feito; os clusters crescem com o job e desligam quando ociosos.',
    'ingest.warehouse-migration': 'O AWS SCT converte o esquema, as views e as stored procedures do data warehouse on-premises para o Amazon Redshift e aponta o que exige trabalho manual; depois o AWS DMS copia o histórico e segue replicando as alterações até a virada, com os dois sistemas lado a lado e a troca reversível.',
    'ingest.database-cdc': 'O AWS DMS lê os logs de transação dos bancos de origem e grava cada inserção, atualização e exclusão na zona bronze em Parquet em poucos minutos, sem consultas pesadas na produção.',
    'ingest.database-batch-extract': 'Com atualização diária (ou não informada), os mesmos jobs Spark fazem extrações incrementais noturnas dos bancos relacionais via JDBC, acompanhando uma coluna de última atualização para que cada execução leia só as linhas novas.',
    'ingest.saas-extract': 'Pequenas funções AWS Lambda, disparadas por agendamento, chamam as APIs SaaS, percorrem as páginas de resultado e gravam o JSON na zona bronze.',
    'ingest.stream-buffer': 'O Amazon Kinesis Data Streams recebe os eventos em ordem por chave, guarda-os para reprocessamento (24 horas por padrão, até um ano) e permite vários consumidores no mesmo fluxo; o caminho em tempo real e a entrega no data lake não disputam os dados.',
    'ingest.kafka-continuity': 'O Amazon MSK roda o próprio Apache Kafka: produtores, consumidores, Kafka Connect e ferramentas existentes continuam usando a mesma API, enquanto a AWS cuida dos brokers, das atualizações e da replicação entre zonas de disponibilidade.',
    'ingest.stream-delivery': 'O Amazon Data Firehose agrupa registros de streaming e logs em arquivos comprimidos na zona bronze, convertendo para Parquet no caminho se desejado, sem servidores nem código consumidor para operar.',
    'ingest.bulk-history': 'Os dispositivos AWS Snowball levam o histórico on-premises para o S3 em um único envio offline e criptografado, e a carga inicial não disputa o link com o tráfego de produção por semanas.',
    'ingest.private-link': 'Com um terabyte ou mais por dia saindo do data center, o AWS Direct Connect oferece um link privado dedicado, com vazão e latência previsíveis que uma VPN pela internet não garante.',
    'ingest.file-gateway': 'Os jobs on-premises continuam gravando suas exportações CSV num compartilhamento de rede; o AWS Storage Gateway (S3 File Gateway) guarda cada arquivo como objeto na zona bronze, sem mudar nenhum job de exportação.',
    'serve.warehouse-modernisation': 'O Amazon Redshift assume o papel do data warehouse on-premises com o mesmo SQL, os mesmos modelos estrela e ferramentas de BI, com computação que escala separada do armazenamento e sem ciclo de troca de appliance.',
    'serve.warehouse-for-concurrency': 'Com 20+ consultas simultâneas, 250+ usuários de painéis ou 10.000+ consultas por dia, o Amazon Redshift serve as tabelas ouro a partir de armazenamento local com cache e concurrency scaling, mantendo os painéis rápidos e a conta previsível.',
    'analyse.lake-from-warehouse': 'O Redshift Spectrum consulta as zonas prata e ouro onde estão e as une às tabelas do warehouse; histórico e detalhe ficam no S3, mais barato, em vez de serem carregados no warehouse.',
    'analyse.lake-sql': 'O Amazon Athena executa SQL padrão direto nas zonas ouro e prata pelo Glue Data Catalog: serverless, cobrado por terabyte lido e barato graças ao Parquet e ao particionamento.',
    'analyse.dashboards': 'O Amazon QuickSight entrega os painéis: serverless, cobrado por leitor e autor em vez de por servidor, com cache SPICE para que painéis populares não consultem os dados a cada visualização.',
    'analyse.machine-learning': 'O Amazon SageMaker dá aos cientistas de dados notebooks gerenciados, jobs de treino e endpoints de modelos sobre os dados curados da zona ouro, com computação cobrada só enquanto roda, sem cluster próprio para os experimentos; o SageMaker Canvas permite que analistas criem modelos sem código enquanto a equipe ganha experiência.',
    'serve.key-value': 'O Amazon DynamoDB entrega resultados pré-calculados para aplicações e APIs por chave em poucos milissegundos, escalando sob demanda e sem servidores; o lado analítico grava nele e as aplicações só leem.',
    'serve.search': 'O Amazon OpenSearch Service indexa logs e eventos para busca textual, filtros e agregações quase em tempo real, com o OpenSearch Dashboards para a equipe de operações; o Firehose o alimenta diretamente.',
    'serve.data-products': 'O AWS Data Exchange publica conjuntos de dados curados da zona ouro como produtos que assinantes encontram, licenciam e carregam direto no próprio S3; os dados podem ser compartilhados ou vendidos sem construir uma plataforma de entrega.',
    'process.stream-functions': 'O AWS Lambda lê o fluxo em pequenos lotes e enriquece ou roteia cada registro em segundos, escalando com o fluxo e sem custo entre os picos.',
    'process.stream-analytics': 'O Amazon Managed Service for Apache Flink faz processamento de fluxo com estado (janelas, junções, deduplicação) sobre o Apache Flink de código aberto, com checkpoints e escalonamento automático, respondendo em segundos; a mesma aplicação roda em qualquer cluster Flink.',
    'serve.batch-and-speed-layers': 'Esta é uma arquitetura Lambda: a camada em lote recalcula visões completas e corrigidas a partir do data lake na agenda, enquanto a camada de velocidade aplica cada evento novo em segundos; as aplicações leem uma tabela que junta as duas, e dados atrasados ou corrigidos se acertam na próxima execução em lote.',
    'serve.warehouse-streaming-ingestion': 'A ingestão de streaming do Redshift lê o fluxo direto em views materializadas, e os painéis do warehouse veem os eventos em segundos sem um job de carga extra.',
    'govern.fine-grained-access': 'O AWS Lake Formation concede permissões por tabela, coluna, linha e célula uma única vez, no catálogo, e Athena, Redshift Spectrum, EMR e Glue as aplicam: colunas sensíveis ficam ocultas para a maioria dos usuários sem copiar dados, e todo acesso fica registrado no CloudTrail.',
    'govern.existing-lake-permissions': 'O trabalho de segurança já feito no data lake existente não se perde: bancos, tabelas e permissões são recriados uma vez no Lake Formation, como tags e permissões que todos os motores da AWS aplicam, em vez de ferramenta por ferramenta.',
    'govern.pii-discovery': 'O Amazon Macie varre as zonas do S3 em busca de dados pessoais e sensíveis (como CPF, e-mail e número de cartão) e publica os achados como eventos; um dado pessoal que cai na zona errada é encontrado em dias, não numa auditoria.',
    'govern.pii-masking': 'Os jobs que montam a zona prata detectam e mascaram ou tokenizam os dados pessoais; os analistas consultam tabelas desidentificadas e os identificadores originais ficam numa zona bronze de acesso restrito.',
    'store.raw-archive': 'Uma regra de ciclo de vida do S3 move para o S3 Glacier os objetos da zona bronze com mais de 90 dias: os originais continuam disponíveis para auditoria ou reprocessamento completo por uma fração do preço, e as zonas prata e ouro seguem consultáveis.',
    'orchestrate.pipeline-workflow': 'O AWS Step Functions executa o pipeline agendado como uma máquina de estados visível (extrair, limpar, montar a zona ouro, carregar, avisar) com novas tentativas e desvios de erro, e o Amazon EventBridge Scheduler o dispara na cadência combinada; ambos são serverless e cobrados por uso.',
    'observe.pipeline-monitoring': 'O Amazon CloudWatch coleta métricas e logs dos jobs e dispara alarmes para execuções com falha, atraso de replicação e atraso dos consumidores do fluxo; a equipe fica sabendo de um pipeline quebrado antes dos usuários dos painéis.',
    'govern.audit-trail': 'Para a trilha de auditoria, os eventos de dados do CloudTrail nos buckets do data lake e os registros de acesso do Lake Formation vão para o CloudWatch Logs com a retenção definida pela política de auditoria, e alarmes sinalizam acessos incomuns.',
  },
  alternatives: {
    'process.serverless-spark': {
      emr: 'Não há código Spark ou Hadoop a aproveitar e o volume cabe em jobs serverless: o Glue roda o mesmo código Spark sem cluster para dimensionar, atualizar ou deixar ligado.',
    },
    'process.spark-cluster': {
      glue: 'O código Spark, e qualquer job Hive ou Hadoop existente, roda no EMR nas mesmas versões de código aberto, quase sem reescrita e com controle total do ajuste fino; a partir de uns 2.000 GB por dia, clusters EMR com instâncias Spot e Graviton custam menos por hora de trabalho que DPUs do Glue.',
    },
    'ingest.database-cdc': {
      glue: 'Extrações JDBC frequentes releem tabelas inteiras, sobrecarregam os bancos de produção e perdem exclusões; o DMS lê o log de transações uma vez e envia só o que mudou.',
    },
    'ingest.database-batch-extract': {
      dms: 'Uma instância de replicação ligada o tempo todo não compensa para uma carga por dia; uma extração incremental noturna resolve pelo preço de uma execução curta.',
    },
    'ingest.saas-extract': {
      glue: 'Spark é exagero para paginar APIs REST que devolvem poucos megabytes; uma função Lambda inicia em milissegundos e custa centavos por execução.',
    },
    'ingest.stream-buffer': {
      msk: 'Não há Kafka a preservar nem exigência de código aberto: o Kinesis Data Streams não tem brokers, partições ou versões para administrar e escala sob demanda.',
      'data-firehose': 'O Firehose sozinho só entrega a um destino e não permite reprocessar, então um consumidor em tempo real não conseguiria ler os eventos junto com a entrega no data lake.',
    },
    'ingest.kafka-continuity': {
      'kinesis-data-streams': 'Eles já usam ou conhecem Kafka, ou exigem portabilidade de código aberto: o Kinesis obrigaria a reescrever produtores e consumidores para uma API proprietária, exatamente o aprisionamento que temem.',
    },
    'ingest.bulk-history': {
      'direct-connect': 'Enviar 50 TB ou mais pela rede leva mais de uma semana num link de 1 Gbps compartilhado com a produção; os dispositivos Snowball levam tudo em um único envio sem usar o link.',
    },
    'serve.warehouse-modernisation': {
      athena: 'Relatórios, modelos estrela e stored procedures existentes esperam um data warehouse; apontá-los para o Athena exigiria reescrevê-los e abrir mão de tabelas carregadas e ordenadas para os painéis mais usados.',
    },
    'serve.warehouse-for-concurrency': {
      athena: 'O Athena cobra por terabyte lido e enfileira consultas acima da cota de concorrência da conta; com essa carga de consultas, um data warehouse responde aos painéis mais rápido e com custo mais estável.',
    },
    'analyse.lake-sql': {
      redshift: 'Com essa carga de consultas, um data warehouse ficaria ocioso a maior parte do dia; o Athena não tem nada para operar e cobra só pelos dados que cada consulta lê.',
    },
    'serve.key-value': {
      opensearch: 'As aplicações buscam resultados por chave (um cliente, um dispositivo, uma conta); os pontos fortes do OpenSearch, busca textual e análise de logs, não são necessários e custariam um cluster ligado o tempo todo.',
    },
    'serve.search': {
      dynamodb: 'As aplicações buscam e filtram logs e eventos por texto, período e vários campos ao mesmo tempo; o DynamoDB só encontra itens por chave, e cada pergunta nova exigiria outra tabela ou índice.',
    },
    'process.stream-functions': {
      'managed-flink': 'Abaixo de uns 1.000 eventos por segundo, enriquecer e rotear cada registro cabe em funções Lambda acionadas pelo fluxo; uma aplicação Flink cobraria suas unidades de processamento o tempo todo por um estado de que não precisa.',
    },
    'process.stream-analytics': {
      lambda: 'Invocações Lambda não guardam estado e são específicas da AWS: agregações em janelas nessa taxa precisariam de um armazenamento externo para cada janela, enquanto uma aplicação Flink guarda o estado, trata eventos atrasados, faz checkpoints com processamento exatamente uma vez e roda em qualquer cluster Flink.',
    },
    'orchestrate.pipeline-workflow': {
      glue: 'Os workflows do Glue orquestram só jobs e crawlers do Glue; o Step Functions também comanda tarefas do DMS, steps do EMR, cargas no Redshift e jobs do SageMaker, com novas tentativas e desvios de erro em todos eles.',
    },
  },
  warnings: {
    'streaming-without-freshness': 'Foram citadas fontes de streaming, mas não a atualização necessária: os eventos chegam ao data lake pelo Firehose em minutos, sem processamento em tempo real. Pergunte se alguém precisa agir sobre eles em segundos.',
    'freshness-unknown': 'A atualização necessária não foi respondida, então o pipeline foi planejado como lote diário. Pergunte quão antigo o dado pode estar quando alguém age com base nele.',
    'realtime-without-streams': 'Foi pedida atualização em tempo real, mas nenhuma fonte envia eventos continuamente: alterações dos bancos chegam ao data lake em minutos pelo DMS, no melhor caso. Confirme qual fonte precisa ser vista em segundos.',
    'sources-unknown': 'Nenhuma fonte de dados foi informada, então a arquitetura supõe arquivos chegando à zona bronze. Pergunte de onde os dados vêm hoje.',
    'consumers-unknown': 'Nenhum consumidor dos dados foi informado, então o Athena foi incluído por padrão para SQL no data lake. Pergunte quem usa os dados quando estão prontos, e como.',
    'volume-unknown': 'O volume diário é desconhecido, então os custos de armazenamento, processamento e consulta usam o volume padrão do estimador. Peça uma ordem de grandeza: gigabytes ou terabytes por dia.',
    'event-rate-unknown': 'A taxa de eventos é desconhecida: a capacidade do fluxo usa o padrão do estimador, e o processamento supõe uma taxa modesta (Lambda em vez de Flink). Pergunte o pico de eventos por segundo.',
    'history-size-unknown': 'Uma plataforma existente será migrada, mas o tamanho do histórico é desconhecido; enviá-lo por Snowball ou copiá-lo pela rede depende disso. Pergunte quantos terabytes precisam ser movidos.',
    'pii-without-access-rules': 'Dados pessoais (ou LGPD/GDPR) foram citados, mas não o acesso granular: o Lake Formation foi incluído mesmo assim, porque alguém precisa decidir quem vê os identificadores originais. Confirme quem é.',
    'sharing-without-governance': 'Os dados serão compartilhados ou vendidos, mas nenhuma necessidade de governança foi informada. Confirme consentimento, dados pessoais e licenciamento antes que qualquer conjunto de dados saia da empresa.',
    'ml-without-skills': 'Machine learning está nos planos, mas a equipe ainda não tem essa habilidade: considere o SageMaker Canvas ou um parceiro, e use a resposta à objeção "não temos cientistas de dados".',
    'region-unknown': 'Nenhuma região da AWS foi informada, então os preços vêm da região padrão do estimador. Pergunte onde os dados precisam ficar.',
  },
};
